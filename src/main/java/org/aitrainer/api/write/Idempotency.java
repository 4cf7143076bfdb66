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
 * Call within a write transaction that holds the write lock, so that two requests with one key are never both
 * first.
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
        em.createNativeQuery("delete from idempotency_key where author = :author and key = :key "
                        + "and created_at < now() - interval '24 hours'")
                .setParameter("author", author)
                .setParameter("key", key)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, content_type, location, body "
                        + "from idempotency_key where author = :author and key = :key")
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

    /** Stores the response to a new request that carried a key. */
    public void remember(String author, String key, String path, Object requestBody, StoredResponse response) {
        if (key == null) {
            return;
        }
        em.createNativeQuery("insert into idempotency_key "
                        + "(author, key, request_hash, method, path, status, content_type, location, body) "
                        + "values (:author, :key, :hash, 'POST', :path, :status, :contentType, :location, :body)")
                .setParameter("author", author)
                .setParameter("key", key)
                .setParameter("hash", hash("POST", path, requestBody))
                .setParameter("path", path)
                .setParameter("status", response.status())
                .setParameter("contentType", response.contentType())
                .setParameter("location", response.location())
                .setParameter("body", response.body())
                .executeUpdate();
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
