package org.aitrainer.api.occupation;

import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RelatedOccupation",
        description = "Another occupation of the national classification: one of the "
                + "same minor group, or one related to this occupation elsewhere.")
public record RelatedOccupationView(
        @Schema(description = "Its code in the classification.", examples = "4-04-05-01")
        String code,

        @Schema(description = "Name, in the response language.", examples = "Computer programmer")
        String name,

        @Schema(description = "Whether the classification marks it \"S\", a digital occupation.")
        boolean digital,

        OccupationRelation relation,

        @Schema(description = "Remarks, in the response language; null when none.", nullable = true)
        String note,

        @Schema(description = "The source of this record.", examples = "dadian-2022-table")
        String sourceId,

        Verification verification) {

    static RelatedOccupationView from(RelatedOccupation related, Language language) {
        return new RelatedOccupationView(
                related.code,
                related.name.in(language),
                related.digital,
                related.relation,
                LocalizedText.in(related.note, language),
                related.source.slug,
                related.verification);
    }
}
