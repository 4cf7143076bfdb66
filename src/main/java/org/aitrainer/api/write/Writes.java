package org.aitrainer.api.write;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.snapshot.ReadSnapshots;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The write pipeline: a resource makes one call per write, with the record's {@link WriteRules}. It owns the write
 * lock (see {@link WriteTransaction}), the expected version from If-Match, idempotent replay, the change-log row, the change notification and the
 * answers: 201 with Location and ETag, 200 with ETag, 204. Once the write has committed, and before it is answered,
 * the read snapshot is brought up to the new data version, so that the writer reads its own write at once, on this
 * instance; other instances learn of it from the transaction's notification.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    private static final String DEADLOCK_DETECTED = "40P01";

    /** How many times a write runs when each attempt ends in a deadlock. */
    static final int DEADLOCK_ATTEMPTS = 3;

    @Inject
    WriteTransaction transaction;

    @Inject
    ReadSnapshots snapshots;

    @Inject
    Author author;

    @Inject
    UriInfo uri;

    @Inject
    SecurityIdentity identity;

    /**
     * A POST that creates a record under the request's URI: 201 with its representation, its Location (the request
     * URI and the record's id) and its ETag; a repeated Idempotency-Key replays the first answer.
     */
    public <K, I, E, V> RestResponse<V> create(
            WriteRules<K, I, E> rules, CreateRequest request, I input, BiFunction<? super E, Language, V> view) {
        requireWriter(rules);
        Language language = request.language();
        String collection = uri.getAbsolutePath().toString();
        if (collection.endsWith("/")) {
            collection = collection.substring(0, collection.length() - 1);
        }
        var creation = new WriteTransaction.Creation(
                author.name(), request.idempotencyKey, uri.getPath(), URI.create(collection));
        return committed(() -> transaction.create(creation, rules, input, record -> view.apply(record, language)));
    }

    /** A PUT: the record a key names, if the If-Match precondition holds, updated; 200 with its ETag. */
    public <K, I, E, V> RestResponse<V> update(
            WriteRules<K, I, E> rules, K key, UpdateRequest request, I input, BiFunction<? super E, Language, V> view) {
        requireWriter(rules);
        Language language = request.language();
        return committed(() -> transaction.update(
                author.name(), request.ifMatch.value, rules, key, input, record -> view.apply(record, language)));
    }

    /** A DELETE: the record a key names, if the If-Match precondition holds and its rules allow it; 204. */
    public <K> void delete(WriteRules<K, ?, ?> rules, K key, IfMatch ifMatch) {
        committed(() -> transaction.delete(author.name(), ifMatch.value, rules, key));
    }

    /**
     * A batch of checked operations ({@link Batches}): all applied in one transaction, with one data version,
     * or none; 200 with one result per operation. A repeated Idempotency-Key replays the first answer.
     */
    RestResponse<BatchAnswer> batch(
            WriteTransaction.Creation creation,
            BatchRequest sent,
            List<WriteTransaction.Operation> operations,
            List<String> ids,
            Language language) {
        return committed(() -> transaction.batch(creation, sent, operations, ids, language));
    }

    /** The endpoints let editors and admins write; the rules of some records let fewer roles. */
    private void requireWriter(WriteRules<?, ?, ?> rules) {
        if (rules.writers().stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
    }

    /**
     * Runs a write's transaction, again when PostgreSQL broke a deadlock by rolling it back (a rare meeting of a
     * write that holds the lock with one that holds a row it needs: see {@link WriteTransaction}), then brings the
     * snapshot up to what it committed.
     */
    private <T> T committed(Supplier<WriteTransaction.Committed<T>> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                WriteTransaction.Committed<T> committed = write.get();
                catchUp(committed.version());
                return committed.result();
            } catch (RuntimeException e) {
                if (attempt == DEADLOCK_ATTEMPTS || !deadlocked(e)) {
                    throw e;
                }
                LOG.debugf("A write was rolled back to break a deadlock; attempt %d", attempt + 1);
            }
        }
    }

    /** True when PostgreSQL rolled the transaction back to break a deadlock. */
    static boolean deadlocked(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The write has committed whatever happens here: a snapshot that cannot be built now is built by the next check. */
    private void catchUp(long version) {
        if (version == 0) {
            return;
        }
        try {
            snapshots.catchUpTo(version);
        } catch (RuntimeException e) {
            LOG.warnf("A write committed, but the read snapshot could not be rebuilt yet: %s", e.getMessage());
        }
    }
}
