package org.aitrainer.api.worktype;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.http.query.QueryParameters;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The work types as reads serve them, in the order of the official standard. */
public final class WorkTypes {

    private final List<Localized<WorkTypeView>> all;

    private WorkTypes(List<Localized<WorkTypeView>> all) {
        this.all = List.copyOf(all);
    }

    public List<Localized<WorkTypeView>> all() {
        return all;
    }

    public Optional<Localized<WorkTypeView>> find(String slug) {
        return all.stream().filter(w -> w.zh().id().equals(slug)).findFirst();
    }

    /** Reads a work-type filter: the slug of a known work type, or null when the parameter is absent. */
    public String filter(QueryParameters parameters, String name, String raw) {
        String slug = parameters.slug(name, raw);
        if (slug != null && find(slug).isEmpty()) {
            parameters.reject(name, "names no known work type; GET /api/v1/work-types lists them");
            return null;
        }
        return slug;
    }

    /** Reads the work types into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<WorkTypes> {

        @Override
        public Set<String> shows() {
            return Set.of();
        }

        @Override
        public Class<WorkTypes> type() {
            return WorkTypes.class;
        }

        @Override
        public WorkTypes load(EntityManager em) {
            return new WorkTypes(em.createQuery(
                            "select w from WorkType w join fetch w.source " + "order by w.position, w.id",
                            WorkType.class)
                    .getResultStream()
                    .map(w -> Localized.of(lang -> WorkTypeView.from(w, lang)))
                    .toList());
        }
    }
}
