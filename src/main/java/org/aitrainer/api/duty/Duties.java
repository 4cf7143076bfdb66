package org.aitrainer.api.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The duties as reads serve them, in the order of the sources. */
public final class Duties implements RecordReads<String, DutyView> {

    /** A duty as read: as an item of a collection, on its own with its parts, and the texts {@code q} searches. */
    public record Entry(Localized<DutyView> view, Localized<DutyView> withChildren, SearchText text) {}

    private final List<Entry> all;
    private final Map<String, Entry> bySlug = new LinkedHashMap<>();

    private Duties(List<Entry> all) {
        this.all = List.copyOf(all);
        all.forEach(entry -> bySlug.put(entry.view().zh().id(), entry));
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
                    .map(d -> new Entry(
                            Localized.of(lang -> DutyView.from(d, lang)),
                            Localized.of(lang -> DutyView.withChildren(d, lang)),
                            SearchText.of(
                                    d.name.zh,
                                    d.name.en,
                                    d.description == null ? null : d.description.zh,
                                    d.description == null ? null : d.description.en)))
                    .toList());
        }
    }
}
