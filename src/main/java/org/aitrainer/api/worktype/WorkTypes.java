package org.aitrainer.api.worktype;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Reference;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The work types as reads serve them, in the order of the official standard. */
@Published("Duties and salary ranges filter by work type.")
public final class WorkTypes implements RecordReads<String, WorkTypeView> {

    /** A work type: the fields sorts read, the same in every language, and its view by language. */
    public record Entry(String slug, int position, Localized<WorkTypeView> view) {

        static Entry of(WorkType workType) {
            return new Entry(workType.slug, workType.position, Localized.of(lang -> WorkTypeView.from(workType, lang)));
        }
    }

    private final List<Entry> all;

    private WorkTypes(List<Entry> all) {
        this.all = List.copyOf(all);
    }

    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> find(String slug) {
        return all.stream().filter(w -> w.slug().equals(slug)).findFirst();
    }

    /** Work types as a query filter names them: by a known id. */
    public Reference<String, String> slugs() {
        return WorkType.REFERENCE.lookingUp(slug -> find(slug).map(workType -> slug));
    }

    @Override
    public Optional<Found<WorkTypeView>> read(String slug, Language language) {
        return find(slug).map(workType -> Found.of(workType.view().in(language)));
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
                    .map(Entry::of)
                    .toList());
        }
    }
}
