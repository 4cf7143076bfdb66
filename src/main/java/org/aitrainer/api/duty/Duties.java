package org.aitrainer.api.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The duties as reads serve them, in the order of the sources. */
public final class Duties implements RecordReads<String, DutyView> {

    /**
     * A duty as read: the fields filters and sorts read, the same in every language; its view as an item of a
     * collection and on its own with its parts; and the texts {@code q} searches.
     */
    public record Entry(
            String slug,
            DutyKind kind,
            int position,
            Set<Integer> levels,
            Set<String> workTypes,
            Localized<DutyView> view,
            Localized<DutyView> withChildren,
            SearchText text) {

        static Entry of(Duty duty) {
            return new Entry(
                    duty.slug,
                    duty.kind,
                    duty.position,
                    duty.levels.stream().map(Short::intValue).collect(Collectors.toUnmodifiableSet()),
                    duty.workTypes.stream().map(w -> w.slug).collect(Collectors.toUnmodifiableSet()),
                    Localized.of(lang -> DutyView.from(duty, lang)),
                    Localized.of(lang -> DutyView.withChildren(duty, lang)),
                    SearchText.of(
                            duty.name.zh,
                            duty.name.en,
                            duty.description == null ? null : duty.description.zh,
                            duty.description == null ? null : duty.description.en));
        }
    }

    private final List<Entry> all;
    private final Map<String, Entry> bySlug = new LinkedHashMap<>();

    private Duties(List<Entry> all) {
        this.all = List.copyOf(all);
        all.forEach(entry -> bySlug.put(entry.slug(), entry));
    }

    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    @Override
    public Optional<Found<DutyView>> read(String slug, Language language) {
        return find(slug).map(duty -> Found.of(duty.withChildren().in(language)));
    }

    /** Reads the duties into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<Duties> {

        @Override
        public Set<String> shows() {
            return Set.of();
        }

        @Override
        public Class<Duties> type() {
            return Duties.class;
        }

        @Override
        public Duties load(EntityManager em) {
            return new Duties(em
                    .createQuery(
                            "select d from Duty d left join fetch d.parent join fetch d.source " + "order by d.id",
                            Duty.class)
                    .getResultList()
                    .stream()
                    .map(Entry::of)
                    .toList());
        }
    }
}
