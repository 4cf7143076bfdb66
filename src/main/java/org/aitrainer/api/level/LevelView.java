package org.aitrainer.api.level;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Level", description = "A skill level of the occupation: 5 is the lowest, 1 the highest.")
public record LevelView(
        @Schema(
                description = "The level number, 5 (lowest) to 1 (highest).",
                examples = "3",
                minimum = "1",
                maximum = "5")
        int level,

        @Schema(description = "Name, in the response language.", examples = "Level 3 / Senior Worker")
        String name,

        @Schema(description = "Standard training hours for the level.", examples = "40")
        int trainingHours,

        @Schema(
                description =
                        "Application conditions, in the response language; null where no source confirms " + "them.",
                nullable = true)
        String conditions,

        @Schema(description = "The source of this record.", examples = "nosc-2021")
        String sourceId,

        Verification verification) {

    public static LevelView from(SkillLevel level, Language language) {
        return new LevelView(
                level.level,
                level.name.in(language),
                level.trainingHours,
                LocalizedText.in(level.conditions, language),
                level.source.slug,
                level.verification);
    }
}
