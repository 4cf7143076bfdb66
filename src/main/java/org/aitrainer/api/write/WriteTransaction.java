package org.aitrainer.api.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.problem.BatchOperationException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The transaction every write runs in: it replays an idempotent POST that was already answered, and otherwise checks
 * the precondition, applies the record's rules, and writes the record, the change-log rows, the stored response and
 * the announcement of the new data version, together or not at all.
 *
 * <p>Writes run concurrently, kept right by the database: unique keys, foreign keys, the benefits' exclusion
 * constraint, and each record's version, which makes a change committed since the record was read a 412. The write
 * lock is held only from the change-log rows to the commit, so that log ids follow commit order: a creation takes it
 * once its new row is written, an update or a delete before it changes a row. The rules of records that check other
 * rows in Java take it first ({@link WriteRules#writtenOneAtATime}). A deadlock between a write and the lock is
 * retried by {@link Writes}.
 */
@ApplicationScoped
class WriteTransaction {

    @Inject
    AuditLog log;

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager em;

    /** What a committed write answers, and the data version it committed (0: nothing new, a replay). */
    record Committed<T>(T result, long version) {}

    /** Where a creation was asked for: who asked, with which key, at which URI. */
    record Creation(String author, String idempotencyKey, String path, URI collection) {}

    /** One operation of a batch, matched to its route, with what it runs on. */
    record Operation(BatchRoute route, Map<String, String> parameters, Object body, String ifMatch, URI collection) {}

    @Transactional
    <K, I, E, V> Committed<RestResponse<V>> create(
            Creation request, WriteRules<K, I, E> rules, I input, Function<? super E, V> view) {
        Write write = new Write(log, em, request.author());
        Optional<Idempotency.StoredResponse> replay =
                idempotency.replay(request.author(), request.idempotencyKey(), request.path(), input);
        if (replay.isPresent()) {
            return new Committed<>(replayed(replay.get()), 0);
        }
        BatchRoute.Applied created = createIn(write, rules, input, view, request.collection());
        long version = write.commit(idempotency.remember(
                request.author(),
                request.idempotencyKey(),
                request.path(),
                input,
                new Idempotency.StoredResponse(
                        201, MediaType.APPLICATION_JSON, created.location(), idempotency.toJson(created.body()))));
        @SuppressWarnings("unchecked")
        V body = (V) created.body();
        return new Committed<>(
                RestResponse.ResponseBuilder.<V>created(URI.create(created.location()))
                        .entity(body)
                        .header(HttpHeaders.ETAG, created.etag())
                        .build(),
                version);
    }

    @Transactional
    <K, I, E, V> Committed<RestResponse<V>> update(
            String author, String ifMatch, WriteRules<K, I, E> rules, K key, I input, Function<? super E, V> view) {
        Write write = new Write(log, em, author);
        BatchRoute.Applied updated = updateIn(write, ifMatch, rules, key, input, view);
        long version = write.commit(null);
        @SuppressWarnings("unchecked")
        V body = (V) updated.body();
        return new Committed<>(
                RestResponse.ResponseBuilder.ok(body)
                        .header(HttpHeaders.ETAG, updated.etag())
                        .build(),
                version);
    }

    @Transactional
    <K, E> Committed<Void> delete(String author, String ifMatch, WriteRules<K, ?, E> rules, K key) {
        Write write = new Write(log, em, author);
        deleteIn(write, ifMatch, rules, key);
        return new Committed<>(null, write.commit(null));
    }

    /**
     * A batch: every operation in order, in this one transaction, with one data version for all of them; the first
     * that fails rolls all back ({@link BatchOperationException}, naming it). Idempotent through its key, as a
     * creation is.
     */
    @Transactional
    Committed<RestResponse<BatchAnswer>> batch(
            Creation request, Object sent, List<Operation> operations, List<String> ids, Language language) {
        Write write = new Write(log, em, request.author());
        Optional<Idempotency.StoredResponse> replay =
                idempotency.replay(request.author(), request.idempotencyKey(), request.path(), sent);
        if (replay.isPresent()) {
            return new Committed<>(replayed(replay.get()), 0);
        }
        List<BatchAnswer.Result> results = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            try {
                BatchRoute.Applied applied = operation
                        .route()
                        .step()
                        .apply(
                                this,
                                write,
                                operation.parameters(),
                                operation.body(),
                                operation.ifMatch(),
                                language,
                                operation.collection());
                results.add(BatchAnswer.Result.of(ids.get(i), applied));
            } catch (RuntimeException e) {
                throw new BatchOperationException(i, ids.get(i), e);
            }
        }
        BatchAnswer answer = new BatchAnswer(results);
        long version = write.commit(idempotency.remember(
                request.author(),
                request.idempotencyKey(),
                request.path(),
                sent,
                new Idempotency.StoredResponse(200, MediaType.APPLICATION_JSON, null, idempotency.toJson(answer))));
        return new Committed<>(RestResponse.ok(answer), version);
    }

    /** A creation inside a write's transaction: 201 with the new record's Location, ETag and representation. */
    <K, I, E, V> BatchRoute.Applied createIn(
            Write write, WriteRules<K, I, E> rules, I input, Function<? super E, V> view, URI collection) {
        if (rules.oneAtATime()) {
            write.lock();
        }
        // A new row waits for nothing another write holds: the lock is taken once it is written.
        E created = rules.create(input, write);
        em.flush();
        String id = rules.id(created);
        write.record(rules.type(), id, Write.Action.CREATE, null, rules.changeRecord(created));
        return new BatchRoute.Applied(
                201, collection + "/" + id, ETags.of(rules.version(created)), view.apply(created));
    }

    /** An update inside a write's transaction, if the If-Match precondition holds: 200 with its ETag. */
    <K, I, E, V> BatchRoute.Applied updateIn(
            Write write, String ifMatch, WriteRules<K, I, E> rules, K key, I input, Function<? super E, V> view) {
        if (rules.oneAtATime()) {
            write.lock();
        }
        E record = rules.find(key);
        ETags.requireCurrent(ifMatch, rules.version(record));
        rules.requireSameId(record, input);
        Object before = rules.changeRecord(record);
        // A change committed since the record was read fails this write's version check: a 412.
        write.lock();
        rules.update(record, input, write);
        em.flush();
        write.record(rules.type(), rules.id(record), Write.Action.UPDATE, before, rules.changeRecord(record));
        return new BatchRoute.Applied(200, null, ETags.of(rules.version(record)), view.apply(record));
    }

    /** A delete inside a write's transaction, if the If-Match precondition holds and the rules allow it: 204. */
    <K, E> BatchRoute.Applied deleteIn(Write write, String ifMatch, WriteRules<K, ?, E> rules, K key) {
        if (rules.oneAtATime()) {
            write.lock();
        }
        E record = rules.find(key);
        ETags.requireCurrent(ifMatch, rules.version(record));
        Object before = rules.changeRecord(record);
        String id = rules.id(record);
        write.lock();
        rules.delete(record, write);
        em.flush();
        write.record(rules.type(), id, Write.Action.DELETE, before, null);
        return new BatchRoute.Applied(204, null, null, null);
    }

    /** The first answer to an idempotent request, sent again as it was stored. */
    private static <V> RestResponse<V> replayed(Idempotency.StoredResponse stored) {
        @SuppressWarnings("unchecked")
        RestResponse.ResponseBuilder<V> response = (RestResponse.ResponseBuilder<V>)
                (RestResponse.ResponseBuilder<?>) RestResponse.ResponseBuilder.create(stored.status())
                        .type(stored.contentType())
                        .entity(stored.body())
                        .header(Idempotency.REPLAYED, "true");
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        return response.build();
    }
}
