package org.aitrainer.api.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.core.Slugs;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.write.WriteBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy as partners write it, both languages at once; also the policy's record in the change feed. */
@Schema(name = "PolicyInput", description = "A policy as written by partners, with every text in both languages.")
public record PolicyInput(
        @NotBlank
        @Size(max = 80)
        @Pattern(
                regexp = Slugs.PATTERN,
                message = "must be a slug of lower-case letters, " + "digits and single hyphens")
        @Schema(
                description = "The policy's id (slug); on PUT, the id in the " + "path.",
                examples = "shenzhen-skill-certificate-subsidy")
        String id,

        @NotNull @Valid Texts title,

        @Valid @Schema(description = "Issuing body; null when unknown.")
        Texts issuer,

        @Size(max = 200) @Schema(description = "Official document number; null when none.", examples = "国发〔2017〕35号")
        String documentNumber,

        @NotNull PolicyCategory category,
        @NotNull PolicyScope scope,

        @Pattern(regexp = RegionCodes.PATTERN, message = "must be a GB/T 2260 region code of six digits, or CN")
        @Schema(description = "The region's code; null only for a summary of many local policies.", examples = "440300")
        String region,

        @Schema(description = "Date issued.") LocalDate issuedOn,
        @Schema(description = "First day in force.") LocalDate effectiveFrom,

        @Schema(description = "Last day in force, inclusive.")
        LocalDate effectiveTo,

        @NotNull @Valid Texts summary,
        @Valid Texts eligibility,

        @NotBlank
        @Size(max = 80)
        @Schema(description = "The id of the source this record was read in.", examples = "sz-repost-cdhao")
        String sourceId,

        @NotNull Verification verification)
        implements WriteBody {

    public static PolicyInput from(Policy policy) {
        return new PolicyInput(
                policy.slug,
                Texts.of(policy.title),
                Texts.of(policy.issuer),
                policy.documentNumber,
                policy.category,
                policy.scope,
                policy.region == null ? null : policy.region.code,
                policy.issuedOn,
                policy.effectiveFrom,
                policy.effectiveTo,
                Texts.of(policy.summary),
                Texts.of(policy.eligibility),
                policy.source.slug,
                policy.verification);
    }
}
