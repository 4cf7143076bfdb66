package org.aitrainer.api.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The sources as reads serve them, in the order they were recorded. */
public final class Sources implements RecordReads<String, SourceView> {

    /** A source: the fields sorts read, the same in every language, and its view by language. */
    public record Entry(long id, String slug, long version, LocalDate publishedOn, Localized<SourceView> view) {

        static Entry of(Source source) {
            return new Entry(
                    source.id,
                    source.slug,
                    source.version,
                    source.publishedOn,
                    Localized.of(lang -> SourceView.from(source, lang)));
        }
    }

    /**
     * Changes since a whole read are kept apart, as the changed entries by slug (empty for a deletion), up to this
     * many: a write then costs what it changed, not all the sources again. Past it, the next write reads into one
     * list again.
     */
    static final int MAX_CHANGES_KEPT = 256;

    /** The sources of the last whole read, or of the last merge; {@code changed} is what came since. */
    private final Map<String, Entry> base;

    private final Map<String, Optional<Entry>> changed;

    /** In the order they were recorded: made on the first listing. */
    private volatile List<Entry> all;

    private Sources(List<Entry> all) {
        Map<String, Entry> bySlug = new HashMap<>();
        all.forEach(entry -> bySlug.put(entry.slug(), entry));
        this.base = bySlug;
        this.changed = Map.of();
        this.all = List.copyOf(all);
    }

    private Sources(Map<String, Entry> base, Map<String, Optional<Entry>> changed) {
        this.base = base;
        this.changed = changed;
    }

    public List<Entry> all() {
        List<Entry> listed = all;
        if (listed == null) {
            List<Entry> merged = new ArrayList<>(base.size() + changed.size());
            base.values().stream()
                    .filter(entry -> !changed.containsKey(entry.slug()))
                    .forEach(merged::add);
            changed.values().forEach(entry -> entry.ifPresent(merged::add));
            merged.sort(Comparator.comparingLong(Entry::id));
            listed = List.copyOf(merged);
            all = listed;
        }
        return listed;
    }

    public Optional<Entry> find(String slug) {
        Optional<Entry> entry = changed.get(slug);
        return entry != null ? entry : Optional.ofNullable(base.get(slug));
    }

    /** These sources after the entries of {@code slugs} were read again ({@code read}; a slug not there is deleted). */
    private Sources with(Set<String> slugs, Map<String, Entry> read) {
        if (changed.size() + slugs.size() > MAX_CHANGES_KEPT) {
            Map<String, Entry> merged = new HashMap<>(base);
            changed.forEach(
                    (slug, entry) -> entry.ifPresentOrElse(e -> merged.put(slug, e), () -> merged.remove(slug)));
            slugs.forEach(slug -> {
                if (read.containsKey(slug)) {
                    merged.put(slug, read.get(slug));
                } else {
                    merged.remove(slug);
                }
            });
            return new Sources(merged, Map.of());
        }
        Map<String, Optional<Entry>> next = new HashMap<>(changed);
        slugs.forEach(slug -> next.put(slug, Optional.ofNullable(read.get(slug))));
        return new Sources(base, next);
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

        /** After writes to sources: the sources they name read again, every other one kept as it is. */
        @Override
        public Sources update(Sources previous, List<Change> changes, EntityManager em) {
            Set<String> slugs = changes.stream().map(Change::entityId).collect(Collectors.toSet());
            Map<String, Entry> read = em.createQuery("select s from Source s where s.slug in :slugs", Source.class)
                    .setParameter("slugs", slugs)
                    .getResultStream()
                    .map(Entry::of)
                    .collect(Collectors.toMap(Entry::slug, entry -> entry));
            return previous.with(slugs, read);
        }
    }
}
