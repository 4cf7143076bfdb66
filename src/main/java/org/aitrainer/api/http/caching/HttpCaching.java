package org.aitrainer.api.http.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import org.aitrainer.api.config.Settings;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of the API (RFC 9111). Every successful read carries a strong {@code ETag}, a digest of exactly what
 * was sent (body, media type, language and links), so it changes exactly when the response does, and a
 * {@code Cache-Control}: public with {@code aitrainer.http.max-age} for anonymous reads, {@code no-store} for
 * anything sent with credentials and for errors. {@code If-None-Match} naming the current tag gets a 304.
 *
 * <p>Reads are answered from the in-memory snapshot, so the service keeps no responses of its own: browsers, CDNs and
 * reverse proxies reuse them for max-age and revalidate them with the tag. A read at a past data version never
 * changes: it may be kept for a year ({@code immutable}).
 */
public class HttpCaching {

    static final String VARY = "Accept, Accept-Language, Origin";

    /** The headers a 304 repeats (RFC 9110, section 15.4.5). */
    static final List<String> NOT_MODIFIED_HEADERS =
            List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, "Expires", "Content-Location");

    private static final String NO_STORE = "no-store";

    /** An answer as of a past data version never changes: any cache may keep it for a year without asking again. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * The request property that names the query parameter which pinned a read to a past data version ({@code version},
     * ...), set by the filter that pins it: its answer is immutable, and tagged as it was when it was current.
     */
    public static final String PINNED_BY = HttpCaching.class.getName() + ".pinnedBy";

    @Inject
    ObjectMapper json;

    private final String publicCacheControl;

    @Inject
    HttpCaching(Settings settings) {
        this.publicCacheControl =
                "public, max-age=" + Math.max(settings.http().maxAge().toSeconds(), 0);
    }

    /** Runs after the other response filters, so that what is tagged is what is sent. */
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.VARY, VARY);
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        int status = response.getStatus();
        if (status >= 300 && status != 304) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return;
        }
        String pinnedBy = (String) request.getProperty(PINNED_BY);
        if (pinnedBy != null && read && anonymous) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        } else if (!headers.containsKey(HttpHeaders.CACHE_CONTROL) || !anonymous || !read) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, read && anonymous ? publicCacheControl : NO_STORE);
        }
        byte[] body = serialized(response.getEntity(), response.getMediaType());
        if (body == null) {
            return; // no body, or one streamed to the client that tags itself (the exports)
        }
        // The bytes are sent as they are: the body is serialized once, here, not again by the JSON writer.
        MediaType type = withCharset(response.getMediaType());
        response.setEntity(body, response.getEntityAnnotations(), type);
        headers = response.getHeaders();
        Object version = headers.getFirst(HttpHeaders.ETAG);
        if (!read && version == null) {
            return; // a write's response is tagged only when it is the resource's representation
        }
        String opaqueTag = opaqueTag(version, digest(body, type, headers, pinnedBy));
        headers.putSingle(HttpHeaders.ETAG, ETags.strong(opaqueTag));
        if (read
                && status == 200
                && ETags.noneMatchFails(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), opaqueTag)) {
            response.setEntity(null);
            response.setStatus(304);
            response.getHeaders().keySet().retainAll(NOT_MODIFIED_HEADERS);
        }
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
        if (entity instanceof StreamingOutput
                || entity instanceof InputStream
                || entity instanceof File
                || entity instanceof java.nio.file.Path
                || type != null && !type.getSubtype().endsWith("json")) {
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
        return type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                ? type
                : type.withCharset(StandardCharsets.UTF_8.name());
    }

    /** A Link field's value with a query parameter taken out of each of its URIs. */
    static String withoutParameter(String links, String name) {
        StringBuilder kept = new StringBuilder(links.length());
        int from = 0;
        while (from < links.length()) {
            int open = links.indexOf('<', from);
            int close = open < 0 ? -1 : links.indexOf('>', open);
            if (close < 0) {
                break;
            }
            kept.append(links, from, open + 1)
                    .append(uriWithout(links.substring(open + 1, close), name))
                    .append('>');
            from = close + 1;
        }
        return kept.append(links, from, links.length()).toString();
    }

    private static String uriWithout(String uri, String name) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        StringJoiner others = new StringJoiner("&");
        for (String pair : uri.substring(query + 1).split("&", -1)) {
            int equals = pair.indexOf('=');
            if (!(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
                others.add(pair);
            }
        }
        return others.length() == 0 ? uri.substring(0, query) : uri.substring(0, query + 1) + others;
    }

    /** The resource's version tag, if it set one, then the digest. */
    private static String opaqueTag(Object versionTag, String digest) {
        if (versionTag == null) {
            return digest;
        }
        String version = versionTag.toString().replace("\"", "");
        return version.isEmpty() ? digest : version + "-" + digest;
    }

    /**
     * 128 bits of SHA-256 over everything that makes the response what it is. An answer as of a past version has the
     * tag it had when it was current: its links are read without the parameter that named the version.
     */
    private static String digest(byte[] body, MediaType type, MultivaluedMap<String, Object> headers, String pinnedBy) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : List.of(HttpHeaders.CONTENT_LANGUAGE, "Link")) {
                Object value = headers.getFirst(name);
                String text = value == null ? "" : value.toString();
                if (pinnedBy != null && name.equals("Link")) {
                    text = withoutParameter(text, pinnedBy);
                }
                sha.update((name + ": " + text + "\n").getBytes(StandardCharsets.UTF_8));
            }
            sha.update((type + "\n\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            byte[] hash = sha.digest();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
