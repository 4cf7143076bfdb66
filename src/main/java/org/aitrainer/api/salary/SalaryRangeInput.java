package org.aitrainer.api.salary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.aitrainer.api.core.MoneyInput;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.write.WriteBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A salary range as partners write it, both languages at once; also its fields in the change feed. */
@Schema(
        name = "SalaryRangeInput",
        description = "A reported pay figure, as written by partners, with every text in "
                + "both languages. The server assigns the id.")
public record SalaryRangeInput(
        @NotNull @Valid @Schema(description = "The role the figure is for.")
        Texts role,

        @Min(1)
        @Max(5)
        @Schema(description = "The skill level, 1 to 5; null when the figure is not for one level.", examples = "1")
        Integer level,

        @Size(max = 80)
        @Pattern(
                regexp = Slugs.PATTERN,
                message = "must be a slug of lower-case letters, digits and " + "single hyphens")
        @Schema(
                description = "The work type's id; null when the figure is not for one " + "work type.",
                examples = "data-annotator")
        String workType,

        @NotNull
        @Pattern(regexp = RegionCodes.PATTERN, message = "must be a GB/T 2260 region code of six digits, or " + "CN")
        @Schema(
                description = "Where the figure was measured: a region's code, CN for the whole " + "nation.",
                examples = "420000")
        String region,

        @NotNull @Valid @Schema(description = "The lower figure (the exact figure for a median or average).")
        MoneyInput min,

        @Valid
        @Schema(
                description = "The upper figure, at least min and in the same currency; null when the range "
                        + "is open at the top.")
        MoneyInput max,

        @NotNull SalaryPeriod period,
        @NotNull SalaryStatistic statistic,

        @Min(1990)
        @Max(2100)
        @Schema(
                description = "The year the figure refers to, 1990 to 2100; null when the " + "source does not say.",
                examples = "2024")
        Integer referenceYear,

        @Valid @Schema(description = "Remarks; null when none.")
        Texts note,

        @NotBlank
        @Size(max = 80)
        @Schema(description = "The id of the source this record was read in.", examples = "hubei-2024-catalogue")
        String sourceId,

        @NotNull Verification verification)
        implements WriteBody {

    public static SalaryRangeInput from(SalaryRange salary) {
        return new SalaryRangeInput(
                Texts.of(salary.role),
                salary.level == null ? null : salary.level.intValue(),
                salary.workType == null ? null : salary.workType.slug,
                salary.region.code,
                MoneyInput.of(salary.minAmount, salary.currency),
                MoneyInput.of(salary.maxAmount, salary.currency),
                salary.period,
                salary.statistic,
                salary.referenceYear == null ? null : salary.referenceYear.intValue(),
                Texts.of(salary.note),
                salary.source.slug,
                salary.verification);
    }
}
