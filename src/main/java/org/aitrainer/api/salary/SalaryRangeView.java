package org.aitrainer.api.salary;

import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SalaryRange",
        description = "A reported pay figure. Sources disagree and are kept side by side: read "
                + "the source and verification of each.")
public record SalaryRangeView(
        @Schema(description = "Stable public id.", examples = "5a1a0000-0000-4000-8000-000000000005")
        UUID id,

        @Schema(description = "The role the figure is for, in the response language.", examples = "AI trainer")
        String role,

        @Schema(
                description = "The skill level, 1 to 5; null when the figure is not for one level.",
                nullable = true,
                examples = "1")
        Integer level,

        @Schema(description = "The work type's id; null when the figure is not for one work type.", nullable = true)
        String workType,

        @Schema(description = "Where the figure was measured; CN for the whole nation.")
        RegionRef region,

        @Schema(description = "The lower figure (the exact figure for a median or average).")
        Money min,

        @Schema(
                description = "The upper figure; null when the range is open at the top (\"above min\").",
                nullable = true)
        Money max,

        SalaryPeriod period,
        SalaryStatistic statistic,

        @Schema(
                description = "The year the figure refers to; null when the source does not say.",
                nullable = true,
                examples = "2024")
        Integer referenceYear,

        @Schema(description = "Remarks, in the response language; null when none.", nullable = true)
        String note,

        @Schema(description = "The source of this record.", examples = "hubei-2024-catalogue")
        String sourceId,

        Verification verification) {

    public static SalaryRangeView from(SalaryRange salary, Language language) {
        return new SalaryRangeView(
                salary.publicId,
                salary.role.in(language),
                salary.level == null ? null : salary.level.intValue(),
                salary.workType == null ? null : salary.workType.slug,
                RegionRef.from(salary.region, language),
                Money.of(salary.minAmount, salary.currency),
                Money.of(salary.maxAmount, salary.currency),
                salary.period,
                salary.statistic,
                salary.referenceYear == null ? null : salary.referenceYear.intValue(),
                LocalizedText.in(salary.note, language),
                salary.source.slug,
                salary.verification);
    }
}
