package org.aitrainer.api.worktype;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkType", description = "A work type (工种) of the occupation.")
public record WorkTypeView(
        @Schema(description = "Stable public id (slug).", examples = "data-annotator")
        String id,

        @Schema(description = "Name, in the response language.", examples = "Data Annotator")
        String name,

        @Schema(
                description = "Description, in the response language; null where no source describes it.",
                nullable = true)
        String description,

        @Schema(description = "Position in the official standard's list, then in the order added.", examples = "1")
        int position,

        @Schema(
                description = "When the work type was added to the occupation, as precisely as its source gives it "
                        + "(ISO 8601: a year, a month or a day): 2021 for the two work types of the 2021 standard, 2024-07-31 "
                        + "for the one MOHRSS announced on that day.",
                examples = "2021",
                pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
        String addedIn,

        @Schema(description = "The source of this record.", examples = "nosc-2021")
        String sourceId,

        Verification verification) {

    public static WorkTypeView from(WorkType workType, Language language) {
        return new WorkTypeView(
                workType.slug,
                workType.name.in(language),
                LocalizedText.in(workType.description, language),
                workType.position,
                workType.addedIn,
                workType.source.slug,
                workType.verification);
    }
}
