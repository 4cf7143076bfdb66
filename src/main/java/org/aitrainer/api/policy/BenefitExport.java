package org.aitrainer.api.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Published("The policies CSV export writes its rows from the policies and their benefits.")
@Schema(name = "BenefitExport", description = "A benefit of a policy, in both languages.")
public record BenefitExport(
        @Schema(examples = "b0000000-0000-4000-8000-000000000005")
        UUID id,

        @Schema(nullable = true, examples = "3") Integer level,
        BenefitKind kind,

        @Schema(description = "Null for a percentage uplift.", nullable = true)
        Money amount,

        boolean upperLimit,
        @Schema(nullable = true, examples = "30") BigDecimal upliftPercent,
        @Schema(nullable = true) LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,
        @Schema(nullable = true) Texts conditions,
        String sourceId,
        Verification verification) {

    static BenefitExport from(Benefit benefit) {
        return new BenefitExport(
                benefit.publicId,
                benefit.level == null ? null : benefit.level.intValue(),
                benefit.kind,
                Money.of(benefit.amount, benefit.currency),
                benefit.upperLimit,
                benefit.upliftPercent == null ? null : benefit.upliftPercent.stripTrailingZeros(),
                benefit.effectiveFrom,
                benefit.effectiveTo,
                Texts.of(benefit.conditions),
                benefit.source.slug,
                benefit.verification);
    }
}
