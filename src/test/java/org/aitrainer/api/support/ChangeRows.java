package org.aitrainer.api.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads the audit log directly, to check what a write recorded. */
@ApplicationScoped
public class ChangeRows {

    /** One audit row: who, what and which action, with the JSON before and after. */
    public record Row(
            long id, String author, String entityType, String entityId, String action, String before, String after) {}

    @Inject
    EntityManager em;

    public long latestId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_log")
                        .getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Row> since(long id) {
        List<Object[]> rows = em.createNativeQuery("select id, author, entity_type, entity_id, action, "
                        + "cast(before as text), cast(after as text) from audit_log where id > :id order by id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }
}
