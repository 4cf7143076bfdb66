package org.aitrainer.api.worktype;

import org.aitrainer.api.shared.Language;
import org.aitrainer.api.shared.LocalizedText;
import org.aitrainer.api.shared.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkType", description = "A work type (工种) of the occupation.")
public record WorkTypeView(
        @Schema(description = "Stable public id (slug).", examples = "data-annotator") String id,
        @Schema(description = "Name, in the response language.", examples = "Data Annotator") String name,
        @Schema(description = "Description, in the response language; null where no source describes it.",
                nullable = true)
        String description,
        @Schema(description = "Position in the official standard's list.", examples = "1") int position,
        @Schema(description = "The source of this record.", examples = "nosc-2021") String sourceId,
        Verification verification) {

    public static WorkTypeView from(WorkType workType, Language language) {
        return new WorkTypeView(workType.slug, workType.name.in(language),
                LocalizedText.in(workType.description, language), workType.position, workType.source.slug,
                workType.verification);
    }
}
