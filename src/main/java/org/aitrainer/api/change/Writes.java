package org.aitrainer.api.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.aitrainer.api.snapshot.ReadSnapshots;
import org.jboss.logging.Logger;

/**
 * Every write: its transaction ({@link WriteTransaction}), then, once it has committed and before it is answered,
 * the read snapshot brought up to the new data version, so that the writer reads its own write at once, on this
 * instance. Other instances learn of it from the transaction's notification.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    /** What a creation answers: the new resource's representation, where it lives, and its ETag. */
    public record Created(Object body, String location, String etag) {}

    @Inject
    WriteTransaction transaction;

    @Inject
    ReadSnapshots snapshots;

    /** A POST that creates a resource: 201 with Location, replayed for a repeated Idempotency-Key. */
    public Response create(
            String author, String idempotencyKey, String path, Object requestBody, Supplier<Created> write) {
        WriteTransaction.Committed<Response> committed =
                transaction.create(author, idempotencyKey, path, requestBody, write);
        catchUp(committed.version());
        return committed.result();
    }

    /** A PUT or DELETE: the write under the lock, in one transaction. */
    public <T> T change(Supplier<T> write) {
        WriteTransaction.Committed<T> committed = transaction.change(write);
        catchUp(committed.version());
        return committed.result();
    }

    /** The write has committed whatever happens here: a snapshot that cannot be built now is built by the next check. */
    private void catchUp(long version) {
        try {
            snapshots.catchUpTo(version);
        } catch (RuntimeException e) {
            LOG.warnf("A write committed, but the read snapshot could not be rebuilt yet: %s", e.getMessage());
        }
    }
}
