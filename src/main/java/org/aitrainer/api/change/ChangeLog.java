package org.aitrainer.api.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The read side of the audit log, which the change feed pages through and the stream sends on. */
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
