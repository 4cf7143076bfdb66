package org.aitrainer.api.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The sources as reads serve them, in the order they were recorded. */
public final class Sources implements RecordReads<String, SourceView> {

    /** A source: the fields sorts read, the same in every language, and its view by language. */
    public record Entry(String slug, long version, LocalDate publishedOn, Localized<SourceView> view) {

        static Entry of(Source source) {
            return new Entry(
                    source.slug,
                    source.version,
                    source.publishedOn,
                    Localized.of(lang -> SourceView.from(source, lang)));
        }
    }

    private final List<Entry> all;
    private final Map<String, Entry> bySlug = new LinkedHashMap<>();

    private Sources(List<Entry> all) {
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
    public Optional<Found<SourceView>> read(String slug, Language language) {
        return find(slug).map(source -> Found.versioned(source.view().in(language), source.version()));
    }

    /** Reads the sources into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<Sources> {

        @Override
        public Set<String> shows() {
            return Set.of(SourceRules.TYPE);
        }

        @Override
        public Class<Sources> type() {
            return Sources.class;
        }

        @Override
        public Sources load(EntityManager em) {
            return new Sources(em.createQuery("select s from Source s order by s.id", Source.class)
                    .getResultStream()
                    .map(Entry::of)
                    .toList());
        }
    }
}
