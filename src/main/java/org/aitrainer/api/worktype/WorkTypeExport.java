package org.aitrainer.api.worktype;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkTypeExport",
        description = "A work type, in both languages; also the work type's record in " + "the change feed.")
public record WorkTypeExport(
        @Schema(examples = "data-annotator") String id,
        Texts name,
        @Schema(nullable = true) Texts description,
        int position,

        @Schema(description = "When it was added, as precisely as its source gives it.", examples = "2021")
        String addedIn,

        String sourceId,
        Verification verification) {

    /** The work types, in the standard's order. */
    static List<WorkTypeExport> read(EntityManager em) {
        return em.createQuery("select w from WorkType w order by w.position", WorkType.class).getResultList().stream()
                .map(WorkTypeExport::from)
                .toList();
    }

    public static WorkTypeExport from(WorkType workType) {
        return new WorkTypeExport(
                workType.slug,
                Texts.of(workType.name),
                Texts.of(workType.description),
                workType.position,
                workType.addedIn,
                workType.source.slug,
                workType.verification);
    }
}
