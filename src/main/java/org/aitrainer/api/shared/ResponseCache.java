package org.aitrainer.api.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The responses of public reads, kept in memory as the bytes that were sent, so that a repeated read costs no
 * query, no mapping and no serialization.
 *
 * <p>Never stale on this instance: every key starts with a generation number that each committed write advances,
 * so an answer computed before a write can never be found after it, even when it is stored after the write. Other
 * instances learn of a write when their entries expire, after {@code aitrainer.cache.ttl}. The cache is bounded by
 * the bytes it holds ({@code aitrainer.cache.max-size}), the least used entries going first.
 *
 * <p>Concurrent requests for a response that is not held yet are answered by one computation: the first claims it,
 * the others wait for its result. A cold start or a write under load thus costs one query per distinct read, not
 * one per client.
 */
@ApplicationScoped
public class ResponseCache {

    /** A 200 response as it was sent: its entity tag (without quotes), headers and body. */
    public record Entry(String opaqueTag, List<Map.Entry<String, String>> headers, byte[] body) {

        Response ok() {
            Response.ResponseBuilder response = Response.ok(body);
            for (Map.Entry<String, String> header : headers) {
                response.header(header.getKey(), header.getValue());
            }
            return response.build();
        }

        /** The 304 for a client that holds this response: the validators and caching headers, no body. */
        Response notModified() {
            Response.ResponseBuilder response = Response.notModified();
            for (Map.Entry<String, String> header : headers) {
                if (NOT_MODIFIED_HEADERS.contains(header.getKey())) {
                    response.header(header.getKey(), header.getValue());
                }
            }
            return response.build();
        }

        int weight() {
            int weight = body.length + 64;
            for (Map.Entry<String, String> header : headers) {
                weight += 2 * (header.getKey().length() + header.getValue().length()) + 32;
            }
            return weight;
        }
    }

    /** The headers a 304 repeats (RFC 9110, section 15.4.5). */
    static final List<String> NOT_MODIFIED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY, "Expires", "Content-Location");

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, Entry> entries;
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private final boolean enabled;

    @Inject
    ResponseCache(@ConfigProperty(name = "aitrainer.cache.ttl", defaultValue = "60S") Duration ttl,
            @ConfigProperty(name = "aitrainer.cache.max-size", defaultValue = "8M") MemorySize maxSize) {
        this.enabled = !ttl.isZero() && !ttl.isNegative() && maxSize.asLongValue() > 0;
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofSeconds(1))
                .maximumWeight(Math.max(maxSize.asLongValue(), 0))
                .weigher((String key, Entry entry) -> 2 * key.length() + entry.weight())
                .build();
    }

    /**
     * The key of a read: the generation, the absolute request URI (links in the body and headers are absolute),
     * the language and media type preferences, and today's date, which reads without {@code on} depend on.
     */
    public String key(String absoluteUri, String acceptLanguage, String accept) {
        return generation.get() + " " + absoluteUri + "\n" + (acceptLanguage == null ? "" : acceptLanguage) + "\n"
                + (accept == null ? "" : accept) + "\n" + ShanghaiDate.today();
    }

    public Entry get(String key) {
        return enabled ? entries.getIfPresent(key) : null;
    }

    public void put(String key, Entry entry) {
        if (enabled) {
            entries.put(key, entry);
        }
    }

    /**
     * Claims the computation of a response: null when the caller is the first to need it, and must then call
     * {@link #computed} with {@code claim}; otherwise the computation already under way, to wait for.
     */
    public CompletableFuture<Entry> claim(String key, CompletableFuture<Entry> claim) {
        return enabled ? computing.putIfAbsent(key, claim) : null;
    }

    /** Ends a claim: its waiters get the entry, or null when there is nothing to share (an error, say). */
    public void computed(String key, CompletableFuture<Entry> claim, Entry entry) {
        computing.remove(key, claim);
        claim.complete(entry);
    }

    /** Gives up waiting on a computation that took too long; the next request computes the response again. */
    public void abandon(String key, CompletableFuture<Entry> claim) {
        computing.remove(key, claim);
    }

    /** How many responses are held; for tests and diagnostics. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Forgets every response. Keys made before this call are never looked up again. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        invalidateAll();
    }
}
