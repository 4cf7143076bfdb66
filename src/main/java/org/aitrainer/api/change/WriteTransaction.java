package org.aitrainer.api.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.aitrainer.api.write.Idempotency;

/**
 * The transaction every write runs in: it takes the write lock, replays an idempotent POST that was already
 * answered, and otherwise performs the write, its change-log rows, the stored response and the announcement of the
 * new data version together or not at all.
 */
@ApplicationScoped
class WriteTransaction {

    @Inject
    ChangeLog changes;

    @Inject
    Idempotency idempotency;

    /** What a committed write answers, and the data version it committed (0: nothing new, a replay). */
    record Committed<T>(T result, long version) {}

    @Transactional
    Committed<Response> create(
            String author, String idempotencyKey, String path, Object requestBody, Supplier<Writes.Created> write) {
        changes.beginWrite();
        var replay = idempotency.replay(author, idempotencyKey, path, requestBody);
        if (replay.isPresent()) {
            Idempotency.StoredResponse stored = replay.get();
            Response.ResponseBuilder response = Response.status(stored.status())
                    .type(stored.contentType())
                    .entity(stored.body())
                    .header(Idempotency.REPLAYED, "true");
            if (stored.location() != null) {
                response.header(HttpHeaders.LOCATION, stored.location());
            }
            return new Committed<>(response.build(), 0);
        }
        Writes.Created created = write.get();
        idempotency.remember(
                author,
                idempotencyKey,
                path,
                requestBody,
                new Idempotency.StoredResponse(
                        201, MediaType.APPLICATION_JSON, created.location(), idempotency.toJson(created.body())));
        long version = changes.announce();
        return new Committed<>(
                Response.created(URI.create(created.location()))
                        .entity(created.body())
                        .header(HttpHeaders.ETAG, created.etag())
                        .build(),
                version);
    }

    @Transactional
    <T> Committed<T> change(Supplier<T> write) {
        changes.beginWrite();
        T result = write.get();
        return new Committed<>(result, changes.announce());
    }
}
