package org.aitrainer.api.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.function.Function;
import org.aitrainer.api.http.caching.ETags;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The transaction every write runs in: it takes the write lock, replays an idempotent POST that was already
 * answered, and otherwise checks the precondition, applies the record's rules, and writes the change-log rows, the
 * stored response and the announcement of the new data version, together or not at all.
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

    @Transactional
    <K, I, E, V> Committed<RestResponse<V>> create(
            Creation request, WriteRules<K, I, E> rules, I input, Function<? super E, V> view) {
        log.lock();
        var replay = idempotency.replay(request.author(), request.idempotencyKey(), request.path(), input);
        if (replay.isPresent()) {
            Idempotency.StoredResponse stored = replay.get();
            // The stored body is the first answer's JSON, sent as it was.
            @SuppressWarnings("unchecked")
            RestResponse.ResponseBuilder<V> response = (RestResponse.ResponseBuilder<V>)
                    (RestResponse.ResponseBuilder<?>) RestResponse.ResponseBuilder.create(stored.status())
                            .type(stored.contentType())
                            .entity(stored.body())
                            .header(Idempotency.REPLAYED, "true");
            if (stored.location() != null) {
                response.header(HttpHeaders.LOCATION, stored.location());
            }
            return new Committed<>(response.build(), 0);
        }
        Write write = new Write(log, em, request.author());
        E created = rules.create(input, write);
        em.flush();
        String id = rules.id(created);
        log.record(request.author(), rules.type(), id, Write.Action.CREATE, null, rules.changeRecord(created));
        V body = view.apply(created);
        String location = request.collection() + "/" + id;
        idempotency.remember(
                request.author(),
                request.idempotencyKey(),
                request.path(),
                input,
                new Idempotency.StoredResponse(201, MediaType.APPLICATION_JSON, location, idempotency.toJson(body)));
        long version = log.announce();
        return new Committed<>(
                RestResponse.ResponseBuilder.<V>created(URI.create(location))
                        .entity(body)
                        .header(HttpHeaders.ETAG, ETags.of(rules.version(created)))
                        .build(),
                version);
    }

    @Transactional
    <K, I, E, V> Committed<RestResponse<V>> update(
            String author, String ifMatch, WriteRules<K, I, E> rules, K key, I input, Function<? super E, V> view) {
        log.lock();
        E record = rules.find(key);
        ETags.requireCurrent(ifMatch, rules.version(record));
        rules.requireSameId(record, input);
        Object before = rules.changeRecord(record);
        rules.update(record, input, new Write(log, em, author));
        em.flush();
        log.record(author, rules.type(), rules.id(record), Write.Action.UPDATE, before, rules.changeRecord(record));
        RestResponse<V> answer = ETags.ok(view.apply(record), rules.version(record));
        return new Committed<>(answer, log.announce());
    }

    @Transactional
    <K, E> Committed<Void> delete(String author, String ifMatch, WriteRules<K, ?, E> rules, K key) {
        log.lock();
        E record = rules.find(key);
        ETags.requireCurrent(ifMatch, rules.version(record));
        Object before = rules.changeRecord(record);
        String id = rules.id(record);
        rules.delete(record, new Write(log, em, author));
        em.flush();
        log.record(author, rules.type(), id, Write.Action.DELETE, before, null);
        return new Committed<>(null, log.announce());
    }
}
