package org.aitrainer.api.level;

import java.util.Comparator;
import org.aitrainer.api.http.query.SortOrder;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.QueryFilter;

/** The skill levels, at {@code /api/v1/levels}: their order. */
final class LevelCollection {

    static final String PATH = "/api/v1/levels";

    static final SortOrder.Fields<Levels.Entry> SORT = SortOrder.Fields.<Levels.Entry>builder()
            .field("level", (l, lang) -> l.level())
            .field("trainingHours", (l, lang) -> l.trainingHours())
            .build("-level", Comparator.comparingInt(Levels.Entry::level));

    static final CollectionDeclaration<Levels.Entry> DECLARED = CollectionDeclaration.<Levels.Entry>at(PATH)
            .described(
                    "listLevels",
                    "List the skill levels",
                    "The five skill levels of the occupation with their standard training hours and "
                            + "application conditions, from the lowest (5) to the highest (1) by default.")
            .linked(20, "levels", "职业技能等级", "Skill levels")
            .listing(snapshot -> snapshot.part(Levels.class).all())
            .sort(SORT, "level", "-level (5 first)")
            .exported(30, "levels", "The five skill levels, 5 first.", LevelExport.class, LevelExport::read)
            .record(
                    "getLevel",
                    "Get one skill level",
                    "A skill level by its number, 1 to 5. Any other value names no level: 404.",
                    QueryFilter.Documented.level("level", "The level number, 1 (highest) to 5 (lowest).", 3))
            .build();

    private LevelCollection() {}
}
