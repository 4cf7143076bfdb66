package org.aitrainer.api.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.PageRequest;
import org.aitrainer.api.snapshot.ConsistentRead;
import org.aitrainer.api.snapshot.DataHistory;

/**
 * The read side of the audit log, which the change feed pages through, the stream sends on, and the list of data
 * versions counts.
 */
@ApplicationScoped
class ChangeLog {

    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Up to {@code limit} changes after the cursor {@code after}, oldest first: in a request, or on a thread of its own. */
    @ActivateRequestContext
    List<ChangeView> after(long after, int limit) {
        return after(after, limit, Long.MAX_VALUE);
    }

    /** As {@link #after(long, int)}, up to the data version {@code upTo}: the feed as it was at that version. */
    @ActivateRequestContext
    List<ChangeView> after(long after, int limit, long upTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, occurred_at, entity_type, entity_id, action, "
                        + "cast(after as text), coalesce(version, id) from audit_log where id > :after "
                        + "and id <= :upTo order by id limit :limit")
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::change).toList();
    }

    /**
     * One page of the versions up to {@code upTo}, newest first. A version's rows are consecutive in the change log and
     * its last row's id is the version: the page's versions are read from those rows (an index holds them), then
     * their rows from the one before the page's last version to its first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Page<VersionView> versions(PageRequest request, long upTo) {
        ConsistentRead.begin(em);
        long total = ((Number) em.createNativeQuery("select count(*) from audit_log "
                                + "where id <= :upTo and (version is null or version = id)")
                        .setParameter("upTo", upTo)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Number> last = em.createNativeQuery("select id from audit_log "
                        + "where id <= :upTo and (version is null or version = id) order by id desc "
                        + "offset :offset limit :size")
                .setParameter("upTo", upTo)
                .setParameter("offset", request.offset())
                .setParameter("size", request.size() + 1)
                .getResultList();
        if (last.isEmpty()) {
            return Page.of(List.of(), request, total);
        }
        long newest = last.get(0).longValue();
        long before = last.size() > request.size() ? last.get(request.size()).longValue() : 0;
        long earliest = DataHistory.earliest(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select coalesce(version, id) as v, max(committed_at), min(id),
                               count(*) filter (where action = 'CREATE'), count(*) filter (where action = 'UPDATE'),
                               count(*) filter (where action = 'DELETE')
                        from audit_log where id > :before and id <= :newest
                        group by v order by v desc""")
                .setParameter("before", before)
                .setParameter("newest", newest)
                .getResultList();
        List<VersionView> versions = rows.stream()
                .map(row -> {
                    long version = ((Number) row[0]).longValue();
                    long first = ((Number) row[2]).longValue();
                    int created = ((Number) row[3]).intValue();
                    int updated = ((Number) row[4]).intValue();
                    int deleted = ((Number) row[5]).intValue();
                    int changes = created + updated + deleted;
                    return new VersionView(
                            version,
                            toOffset(row[1]),
                            created,
                            updated,
                            deleted,
                            version >= earliest,
                            ChangeResource.PATH + "?since=" + (first - 1) + "&limit="
                                    + Math.min(changes, ChangeResource.MAX_LIMIT));
                })
                .toList();
        return Page.of(versions, request, total);
    }

    private ChangeView change(Object[] row) {
        String after = (String) row[5];
        return new ChangeView(
                row[0].toString(),
                ((Number) row[6]).longValue(),
                toOffset(row[1]),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                after == null,
                parse(after));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private Map<String, Object> parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, RECORD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change record is not valid JSON", e);
        }
    }
}
