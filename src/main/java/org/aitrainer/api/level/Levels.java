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

    private final List<Localized<LevelView>> all;

    private Levels(List<Localized<LevelView>> all) {
        this.all = List.copyOf(all);
    }

    public List<Localized<LevelView>> all() {
        return all;
    }

    public Optional<Localized<LevelView>> find(int level) {
        return all.stream().filter(l -> l.zh().level() == level).findFirst();
    }

    @Override
    public Optional<Found<LevelView>> read(Integer level, Language language) {
        return find(level).map(found -> Found.of(found.in(language)));
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
                    .map(l -> Localized.of(lang -> LevelView.from(l, lang)))
                    .toList());
        }
    }
}
