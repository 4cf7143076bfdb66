package org.aitrainer.api.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Duty",
        description = "A duty of the occupation: what a practitioner does, at which levels and in which "
                + "work types, with its parts.")
public record DutyView(
        @Schema(description = "Stable public id (slug).", examples = "l3-intelligent-training")
        String id,

        DutyKind kind,

        @Schema(description = "Name, in the response language.", examples = "Intelligent training")
        String name,

        @Schema(
                description = "Description, in the response language; null when the source gives only a name.",
                nullable = true)
        String description,

        @Schema(description = "Examples, in the response language; empty when the source gives none.")
        List<String> examples,

        @Schema(description = "Position among its siblings, as in the source.", examples = "2")
        int position,

        @Schema(
                description = "The id of the duty this one is part of; null for a top-level duty.",
                nullable = true,
                examples = "l3-intelligent-training")
        String parentId,

        @Schema(
                description = "The skill levels the duty applies to, highest number first; empty where no source "
                        + "ties it to a level.",
                examples = "[3]")
        List<Integer> levels,

        @Schema(description = "The ids of the work types the duty applies to; empty where no source ties it to one.")
        List<String> workTypes,

        @Schema(
                description = "Single-duty responses only: the duty's parts, in order; empty when it has none. In "
                        + "collections every part is an item of its own, linked to its whole by parentId.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<DutyView> children,

        @Schema(description = "The source of this record.", examples = "osta-outline-2025")
        String sourceId,

        Verification verification) {

    public static DutyView from(Duty duty, Language language) {
        return of(duty, language, null);
    }

    public static DutyView withChildren(Duty duty, Language language) {
        return of(
                duty,
                language,
                duty.children.stream().map(child -> from(child, language)).toList());
    }

    private static DutyView of(Duty duty, Language language, List<DutyView> children) {
        String[] examples = language == Language.EN ? duty.examplesEn : duty.examplesZh;
        return new DutyView(
                duty.slug,
                duty.kind,
                duty.name.in(language),
                LocalizedText.in(duty.description, language),
                examples == null ? List.of() : List.of(examples),
                duty.position,
                duty.parent == null ? null : duty.parent.slug,
                duty.levels.stream()
                        .map(Short::intValue)
                        .sorted(Comparator.reverseOrder())
                        .toList(),
                duty.workTypes.stream()
                        .sorted(Comparator.comparingInt(w -> w.position))
                        .map(w -> w.slug)
                        .toList(),
                children,
                duty.source.slug,
                duty.verification);
    }
}
