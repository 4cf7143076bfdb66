package org.aitrainer.api.duty;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.core.TextLists;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DutyExport", description = "A duty, in both languages.")
public record DutyExport(
        @Schema(examples = "l3-intelligent-training") String id,
        DutyKind kind,

        @Schema(description = "The id of the duty this one is part of; null for a top-level duty.", nullable = true)
        String parentId,

        int position,
        Texts name,
        @Schema(nullable = true) Texts description,

        @Schema(description = "The examples in each language, in the same order.")
        TextLists examples,

        @Schema(description = "The skill levels the duty applies to, highest number first.")
        List<Integer> levels,

        @Schema(description = "The ids of the work types the duty applies to.")
        List<String> workTypes,

        String sourceId,
        Verification verification) {

    /** Every duty, in the order recorded. */
    static List<DutyExport> read(EntityManager em) {
        return em
                .createQuery("select d from Duty d left join fetch d.parent order by d.id", Duty.class)
                .getResultList()
                .stream()
                .map(DutyExport::from)
                .toList();
    }

    static DutyExport from(Duty duty) {
        return new DutyExport(
                duty.slug,
                duty.kind,
                duty.parent == null ? null : duty.parent.slug,
                duty.position,
                Texts.of(duty.name),
                Texts.of(duty.description),
                new TextLists(list(duty.examplesZh), list(duty.examplesEn)),
                duty.levels.stream()
                        .map(Short::intValue)
                        .sorted(Comparator.reverseOrder())
                        .toList(),
                duty.workTypes.stream()
                        .sorted(Comparator.comparingInt(w -> w.position))
                        .map(w -> w.slug)
                        .toList(),
                duty.source.slug,
                duty.verification);
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }
}
