package org.aitrainer.api.export;

import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.policy.Policy;
import org.aitrainer.api.policy.PolicyCategory;
import org.aitrainer.api.policy.PolicyScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyExport", description = "A policy with its benefits, in both languages.")
public record PolicyExport(
        @Schema(examples = "shenzhen-skill-certificate-subsidy")
        String id,

        Texts title,
        @Schema(nullable = true) Texts issuer,
        @Schema(nullable = true) String documentNumber,
        PolicyCategory category,
        PolicyScope scope,

        @Schema(description = "Null for a summary of many local policies.", nullable = true)
        DatasetExport.RegionNameExport region,

        @Schema(nullable = true) LocalDate issuedOn,
        @Schema(nullable = true) LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,
        Texts summary,
        @Schema(nullable = true) Texts eligibility,
        String sourceId,
        Verification verification,

        @Schema(
                description = "Benefits that are not deleted: by level from 5 down (benefits not tied to a level "
                        + "last), then oldest first.")
        List<BenefitExport> benefits,

        @Schema(description = "Eligibility rules that are not deleted, in the order recorded.")
        List<RuleExport> rules) {

    static PolicyExport from(Policy policy, List<BenefitExport> benefits, List<RuleExport> rules) {
        return new PolicyExport(
                policy.slug,
                Texts.of(policy.title),
                Texts.of(policy.issuer),
                policy.documentNumber,
                policy.category,
                policy.scope,
                DatasetExport.RegionNameExport.from(policy.region),
                policy.issuedOn,
                policy.effectiveFrom,
                policy.effectiveTo,
                Texts.of(policy.summary),
                Texts.of(policy.eligibility),
                policy.source.slug,
                policy.verification,
                benefits,
                rules);
    }
}
