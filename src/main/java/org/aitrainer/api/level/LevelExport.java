package org.aitrainer.api.level;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LevelExport", description = "A skill level, in both languages.")
public record LevelExport(
        @Schema(minimum = "1", maximum = "5", examples = "3")
        int level,

        Texts name,
        int trainingHours,
        @Schema(nullable = true) Texts conditions,
        String sourceId,
        Verification verification) {

    /** The five skill levels, 5 first. */
    static List<LevelExport> read(EntityManager em) {
        return em
                .createQuery("select l from SkillLevel l order by l.level desc", SkillLevel.class)
                .getResultList()
                .stream()
                .map(LevelExport::from)
                .toList();
    }

    static LevelExport from(SkillLevel level) {
        return new LevelExport(
                level.level,
                Texts.of(level.name),
                level.trainingHours,
                Texts.of(level.conditions),
                level.source.slug,
                level.verification);
    }
}
