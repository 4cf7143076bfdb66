package org.aitrainer.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the API (RFC 9111). Every successful read carries a strong {@code ETag}, a digest of exactly what
 * was sent (body, media type, language and links), so it changes exactly when the response does, and a
 * {@code Cache-Control}: public with {@code aitrainer.http.max-age} for anonymous reads, {@code no-store} for
 * anything sent with credentials and for errors. {@code If-None-Match} naming the current tag gets a 304.
 *
 * <p>Anonymous reads are answered from {@link ResponseCache} on the I/O thread when it holds the response; otherwise
 * the resource answers, once for all the requests that want the same response meanwhile, and its serialized
 * response is tagged and stored.
 */
public class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Origin";

    private static final String KEY = HttpCaching.class.getName() + ".key";
    private static final String HIT = HttpCaching.class.getName() + ".hit";
    private static final String CLAIM = HttpCaching.class.getName() + ".claim";

    private static final String NO_STORE = "no-store";

    /** How long a request waits for the same read computed by another; after that it computes it itself. */
    private static final long WAIT_FOR_SAME_READ_MS = 5_000;

    /** Longer URIs are answered, but not kept: hostile or accidental, they would crowd out the useful entries. */
    private static final int MAX_CACHED_URI = 2048;

    @Inject
    ResponseCache cache;

    @Inject
    ObjectMapper json;

    private final String publicCacheControl;

    @Inject
    HttpCaching(@ConfigProperty(name = "aitrainer.http.max-age", defaultValue = "300S") Duration maxAge) {
        this.publicCacheControl = "public, max-age=" + Math.max(maxAge.toSeconds(), 0);
    }

    @ServerRequestFilter(nonBlocking = true)
    public Response answerFromCache(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || !http.path().startsWith("/api/")
                || http.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String uri = http.absoluteURI();
        if (uri == null || uri.length() > MAX_CACHED_URI) {
            return null;
        }
        String key = cache.key(uri, http.getHeader(HttpHeaders.ACCEPT_LANGUAGE), http.getHeader(HttpHeaders.ACCEPT));
        request.setProperty(KEY, key);
        ResponseCache.Entry entry = cache.get(key);
        if (entry == null) {
            return null;
        }
        request.setProperty(HIT, Boolean.TRUE);
        return answer(entry, http.headers().getAll(HttpHeaders.IF_NONE_MATCH));
    }

    private static Response answer(ResponseCache.Entry entry, List<String> ifNoneMatch) {
        return ETags.noneMatchFails(ifNoneMatch, entry.opaqueTag()) ? entry.notModified() : entry.ok();
    }

    /**
     * On the worker thread, for a read the cache could not answer: the first request computes it, and the ones that
     * arrive meanwhile wait for its response instead of running the same queries again.
     */
    @ServerRequestFilter(priority = Priorities.USER + 1)
    public Response awaitTheSameRead(ContainerRequestContext request) {
        String key = (String) request.getProperty(KEY);
        if (key == null || request.getProperty(HIT) != null) {
            return null;
        }
        CompletableFuture<ResponseCache.Entry> claim = new CompletableFuture<>();
        CompletableFuture<ResponseCache.Entry> underWay = cache.claim(key, claim);
        if (underWay == null) {
            // Stored by a computation that ended between the lookup on the I/O thread and this claim?
            ResponseCache.Entry stored = cache.get(key);
            if (stored != null) {
                cache.computed(key, claim, stored);
                request.setProperty(HIT, Boolean.TRUE);
                return answer(stored, request.getHeaders().get(HttpHeaders.IF_NONE_MATCH));
            }
            request.setProperty(CLAIM, claim);
            return null;
        }
        try {
            ResponseCache.Entry entry = underWay.get(WAIT_FOR_SAME_READ_MS, TimeUnit.MILLISECONDS);
            if (entry == null) {
                return null;
            }
            request.setProperty(HIT, Boolean.TRUE);
            return answer(entry, request.getHeaders().get(HttpHeaders.IF_NONE_MATCH));
        } catch (TimeoutException e) {
            cache.abandon(key, underWay);
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Runs after the other response filters, so that what is tagged and stored is what is sent. */
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void tagAndStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HIT) != null || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        ResponseCache.Entry stored = null;
        try {
            stored = tag(request, response);
        } finally {
            @SuppressWarnings("unchecked")
            CompletableFuture<ResponseCache.Entry> claim =
                    (CompletableFuture<ResponseCache.Entry>) request.getProperty(CLAIM);
            if (claim != null) {
                cache.computed((String) request.getProperty(KEY), claim, stored);
            }
        }
    }

    /** Tags the response and stores it when it may be shared; returns what was stored, or null. */
    private ResponseCache.Entry tag(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.VARY, VARY);
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        int status = response.getStatus();
        if (status >= 300 && status != 304) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return null;
        }
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL) || !anonymous || !read) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, read && anonymous ? publicCacheControl : NO_STORE);
        }
        byte[] body = serialized(response.getEntity(), response.getMediaType());
        if (body == null) {
            return null; // no body, or one streamed to the client that tags itself (the exports)
        }
        // The bytes are sent as they are: the body is serialized once, here, not again by the JSON writer.
        MediaType type = withCharset(response.getMediaType());
        response.setEntity(body, response.getEntityAnnotations(), type);
        headers = response.getHeaders();
        Object version = headers.getFirst(HttpHeaders.ETAG);
        if (!read && version == null) {
            return null; // a write's response is tagged only when it is the resource's representation
        }
        String opaqueTag = opaqueTag(version, digest(body, type, headers));
        headers.putSingle(HttpHeaders.ETAG, ETags.strong(opaqueTag));
        if (!read || status != 200) {
            return null;
        }
        String key = (String) request.getProperty(KEY);
        ResponseCache.Entry entry = null;
        if (key != null && anonymous) {
            entry = new ResponseCache.Entry(opaqueTag, snapshot(response), body);
            cache.put(key, entry);
        }
        if (ETags.noneMatchFails(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), opaqueTag)) {
            response.setEntity(null);
            response.setStatus(304);
            response.getHeaders().keySet().retainAll(ResponseCache.NOT_MODIFIED_HEADERS);
        }
        return entry;
    }

    private byte[] serialized(Object entity, MediaType type) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof File
                || entity instanceof java.nio.file.Path || type != null && !type.getSubtype().endsWith("json")) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be serialized", e);
        }
    }

    private static MediaType withCharset(MediaType type) {
        if (type == null) {
            return MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());
        }
        return type.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? type
                : type.withCharset(StandardCharsets.UTF_8.name());
    }

    /** The resource's version tag, if it set one, then the digest. */
    private static String opaqueTag(Object versionTag, String digest) {
        if (versionTag == null) {
            return digest;
        }
        String version = versionTag.toString().replace("\"", "");
        return version.isEmpty() ? digest : version + "-" + digest;
    }

    /** 128 bits of SHA-256 over everything that makes the response what it is. */
    private static String digest(byte[] body, MediaType type, MultivaluedMap<String, Object> headers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : List.of(HttpHeaders.CONTENT_LANGUAGE, "Link")) {
                Object value = headers.getFirst(name);
                sha.update((name + ": " + (value == null ? "" : value) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            sha.update((type + "\n\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            byte[] hash = sha.digest();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Map.Entry<String, String>> snapshot(ContainerResponseContext response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        if (response.getStringHeaders().getFirst(HttpHeaders.CONTENT_TYPE) == null) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString()));
        }
        return List.copyOf(headers);
    }
}
