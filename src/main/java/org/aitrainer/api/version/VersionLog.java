package org.aitrainer.api.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.http.query.PageRequest;
import org.aitrainer.api.snapshot.ConsistentRead;
import org.aitrainer.api.snapshot.DataHistory;

/** The data versions, read from the change log: one per committed write, each with the counts of what it changed. */
@ApplicationScoped
class VersionLog {

    /** The most changes one link to the change feed asks for: the feed's own largest page. */
    static final int MAX_FEED_PAGE = 1000;

    @Inject
    EntityManager em;

    /**
     * One page of the versions up to {@code upTo}, newest first. A version's rows are consecutive in the change log and
     * its last row's id is the version: the page's versions are read from those rows (an index holds them), then
     * their rows from the one before the page's last version to its first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Page<VersionView> page(PageRequest request, long upTo) {
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
                            VersionResource.CHANGES + "?since=" + (first - 1) + "&limit="
                                    + Math.min(changes, MAX_FEED_PAGE));
                })
                .toList();
        return Page.of(versions, request, total);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        Instant instant = value instanceof Instant i ? i : ((Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
