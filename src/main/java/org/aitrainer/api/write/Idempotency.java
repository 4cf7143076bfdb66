package org.aitrainer.api.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.aitrainer.api.http.problem.IdempotencyKeyReusedException;
import org.aitrainer.api.http.problem.InvalidParametersException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Idempotent POSTs: the first response to a key is stored in PostgreSQL with the write, in the same transaction,
 * and replayed for the same key and body within 24 hours, across restarts and instances. Keys belong to their author.
 * {@link #replay} takes a lock on the author's key until the transaction ends, so that of two requests with one key
 * only one is first: the other waits for it, and replays its answer.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    /** Marks a replayed response. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** A stored response to replay. */
    public record StoredResponse(int status, String contentType, String location, String body) {}

    @Inject
    EntityManager em;

    @Inject
    AuditLog log;

    @Inject
    ObjectMapper json;

    /**
     * Looks the key up: the stored response when this is a retry of the same request, empty when the request is new
     * (or carries no key). The same key with another body is a 422.
     */
    public Optional<StoredResponse> replay(String author, String key, String path, Object body) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw invalidKey();
        }
        // Its own statement: the next one reads what the request that held the key committed.
        log.lockKey(author, key);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, content_type, location, body "
                        + "from idempotency_key where author = :author and key = :key "
                        + "and created_at >= now() - interval '24 hours'")
                .setParameter("author", author)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!row[0].equals(hash("POST", path, body))) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(
                new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    /**
     * An empty Idempotency-Key reaches the resources as no key at all, and the POST would not be idempotent without
     * a word: it is refused here, as any other invalid key is.
     */
    @ServerRequestFilter(nonBlocking = true)
    public void refuseEmptyKey(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (HttpMethod.POST.equals(request.getMethod()) && key != null && key.isBlank()) {
            throw invalidKey();
        }
    }

    private static InvalidParametersException invalidKey() {
        return new InvalidParametersException(HEADER, "must be 1 to 255 visible ASCII characters");
    }

    /** A response to store for a key, with the request it answered; {@link #NONE} for a request without a key. */
    public record Remembered(String author, String key, String hash, String path, StoredResponse response) {
        static final Remembered NONE = new Remembered(null, null, null, null, null);
    }

    /**
     * The response to a new request that carried a key, to store with the write ({@link Write#commit}); null when
     * it carried none.
     */
    public Remembered remember(String author, String key, String path, Object requestBody, StoredResponse response) {
        if (key == null) {
            return null;
        }
        return new Remembered(author, key, hash("POST", path, requestBody), path, response);
    }

    public String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response could not be written as JSON", e);
        }
    }

    private String hash(String method, String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(toJson(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
