package org.aitrainer.api.policy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionNameExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy as the exports write it: the data set's section, and the CSV's rows. */
@Published("The policies CSV export writes its rows from the policies and their benefits.")
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
        RegionNameExport region,

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

    // The entities leave deleted rows out already; the conditions say so here too, as the exports promise it.
    private static final String POLICIES = "select p from Policy p where p.deletedAt is null order by p.id";
    private static final String BENEFITS = "select b from Benefit b join b.policy p "
            + "where b.deletedAt is null and p.deletedAt is null "
            + "order by p.id, b.level desc nulls last, b.effectiveFrom nulls first, b.id";
    private static final String RULES = "select r from EligibilityRule r join r.policy p join fetch r.source "
            + "left join fetch r.benefit "
            + "left join fetch r.scheme where r.deletedAt is null and p.deletedAt is null order by p.id, r.id";

    /**
     * Every policy that is not deleted, in the order recorded, with its benefits that are not deleted, and its rules
     * where asked (the CSV has no column for them).
     */
    public static List<PolicyExport> read(EntityManager em, boolean withRules) {
        List<Policy> policies = em.createQuery(POLICIES, Policy.class).getResultList();
        Map<Long, List<BenefitExport>> benefits = new LinkedHashMap<>();
        for (Benefit benefit : em.createQuery(BENEFITS, Benefit.class).getResultList()) {
            benefits.computeIfAbsent(benefit.policy.id, id -> new ArrayList<>()).add(BenefitExport.from(benefit));
        }
        Map<Long, List<RuleExport>> rules = new LinkedHashMap<>();
        if (withRules) {
            for (EligibilityRule rule :
                    em.createQuery(RULES, EligibilityRule.class).getResultList()) {
                rules.computeIfAbsent(rule.policy.id, id -> new ArrayList<>()).add(RuleExport.from(rule));
            }
        }
        return policies.stream()
                .map(p -> from(p, benefits.getOrDefault(p.id, List.of()), rules.getOrDefault(p.id, List.of())))
                .toList();
    }

    static PolicyExport from(Policy policy, List<BenefitExport> benefits, List<RuleExport> rules) {
        return new PolicyExport(
                policy.slug,
                Texts.of(policy.title),
                Texts.of(policy.issuer),
                policy.documentNumber,
                policy.category,
                policy.scope,
                RegionNameExport.from(policy.region),
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
