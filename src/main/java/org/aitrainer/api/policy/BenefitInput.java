package org.aitrainer.api.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit as partners write it; also the benefit's record in the change feed. */
@Schema(name = "BenefitInput", description = "A benefit of a policy, as written by partners.")
public record BenefitInput(
        @Min(1)
        @Max(5)
        @Schema(description = "The skill level, 1 to 5; null when not tied to one level.", examples = "3")
        Integer level,

        @NotNull BenefitKind kind,

        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Schema(
                description =
                        "The " + "sum, at least 0, with at most two decimals; required unless kind is SUBSIDY_UPLIFT.",
                examples = "2400")
        BigDecimal amount,

        @Size(min = 3, max = 3) @Schema(description = "ISO 4217 currency of the amount.", examples = "CNY")
        String currency,

        @Schema(description = "True when the amount or uplift is an upper limit.")
        boolean upperLimit,

        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("999.99")
        @Digits(integer = 3, fraction = 2)
        @Schema(
                description = "The percentage added to the usual subsidy, with at most two decimals; required when "
                        + "kind is SUBSIDY_UPLIFT, absent otherwise.")
        BigDecimal upliftPercent,

        @Schema(description = "First day in force; null when not known.", examples = "2025-03-01")
        LocalDate effectiveFrom,

        @Schema(description = "Last day in force, inclusive; null when open-ended.", examples = "2025-12-31")
        LocalDate effectiveTo,

        @Valid @Schema(description = "Conditions and remarks; null when none.")
        Texts conditions,

        @NotBlank
        @Size(max = 80)
        @Schema(description = "The id of the source this record was read in.", examples = "sz-repost-cdhao")
        String sourceId,

        @NotNull Verification verification) {

    public static BenefitInput from(Benefit benefit) {
        return new BenefitInput(
                benefit.level == null ? null : benefit.level.intValue(),
                benefit.kind,
                plain(benefit.amount),
                benefit.currency,
                benefit.upperLimit,
                plain(benefit.upliftPercent),
                benefit.effectiveFrom,
                benefit.effectiveTo,
                Texts.of(benefit.conditions),
                benefit.source.slug,
                benefit.verification);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
