package org.aitrainer.api.occupation;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ClassificationStep",
        description =
                "One step of the occupation's path in the national occupational " + "classification (2022 edition).")
public record ClassificationStepView(
        ClassificationKind kind,

        @Schema(description = "The step's code.", examples = "4-04-05")
        String code,

        @Schema(
                description = "Name, in the response language.",
                examples = "Software and information technology service personnel")
        String name,

        @Schema(
                description = "For the occupation itself, whether the classification marks it \"S\", a digital "
                        + "occupation; null for a group.",
                nullable = true)
        Boolean digital,

        @Schema(description = "The source of this step.", examples = "dadian-2022-table")
        String sourceId,

        Verification verification) {

    static ClassificationStepView from(ClassificationStep step, Language language) {
        return new ClassificationStepView(
                step.kind, step.code, step.name.in(language), step.digital, step.source.slug, step.verification);
    }
}
