package org.aitrainer.api.level;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;

/** The skill levels as reads serve them, from level 5 (the lowest) to level 1. */
public final class Levels implements RecordReads<Integer, LevelView> {

    /** A level: the fields sorts read, the same in every language, and its view by language. */
    public record Entry(int level, int trainingHours, Localized<LevelView> view) {

        static Entry of(SkillLevel level) {
            return new Entry(level.level, level.trainingHours, Localized.of(lang -> LevelView.from(level, lang)));
        }
    }

    private final List<Entry> all;

    private Levels(List<Entry> all) {
        this.all = List.copyOf(all);
    }

    public List<Entry> all() {
        return all;
    }

    public Optional<Entry> find(int level) {
        return all.stream().filter(l -> l.level() == level).findFirst();
    }

    @Override
    public Optional<Found<LevelView>> read(Integer level, Language language) {
        return find(level).map(found -> Found.of(found.view().in(language)));
    }

    /** Reads the levels into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<Levels> {

        @Override
        public Set<String> shows() {
            return Set.of();
        }

        @Override
        public Class<Levels> type() {
            return Levels.class;
        }

        @Override
        public Levels load(EntityManager em) {
            return new Levels(em.createQuery(
                            "select l from SkillLevel l join fetch l.source order by l.level desc", SkillLevel.class)
                    .getResultStream()
                    .map(Entry::of)
                    .toList());
        }
    }
}
