package org.aitrainer.api.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.policy.Policies.BenefitEntry;
import org.aitrainer.api.policy.Policies.PolicyEntry;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.Policies.Subsidy;
import org.aitrainer.api.region.RegionRules;
import org.aitrainer.api.snapshot.SnapshotPart;
import org.aitrainer.api.snapshot.SnapshotPart.Change;
import org.aitrainer.api.source.SourceRules;

/**
 * Reads the policies, their benefits and their rules into the snapshot: whole, or after writes to them only the
 * policies the writes touched.
 */
@ApplicationScoped
class PoliciesPart implements SnapshotPart<Policies> {

    @Override
    public Set<String> shows() {
        return Set.of(
                PolicyRules.TYPE, BenefitRules.TYPE, EligibilityRuleRules.TYPE, RegionRules.TYPE, SourceRules.TYPE);
    }

    @Override
    public Class<Policies> type() {
        return Policies.class;
    }

    @Override
    public Policies load(EntityManager em) {
        List<Policy> policies = em.createQuery(
                        "select p from Policy p left join fetch p.region " + "join fetch p.source order by p.id",
                        Policy.class)
                .getResultList();
        List<Benefit> benefits = em.createQuery(
                        "select b from Benefit b join fetch b.policy p " + "join fetch b.source order by b.id",
                        Benefit.class)
                .getResultList();
        List<EligibilityRule> rules = em.createQuery(
                        "select r from EligibilityRule r join fetch r.policy join fetch r.source "
                                + "left join fetch r.benefit left join fetch r.scheme order by r.id",
                        EligibilityRule.class)
                .getResultList();
        Built built = build(policies, benefits, rules);
        return new Policies(built.entries(), built.subsidies());
    }

    /**
     * After writes to policies, benefits, rules and sources: the policies they touched (for a source, the policies
     * that cite it) read again, every other policy kept as it is. A region appears in many policies' answers, and
     * its place in the hierarchy decides which subsidies apply where, so a change to one reads them all.
     */
    @Override
    public Policies update(Policies previous, List<Change> changes, EntityManager em) {
        Set<String> touched = new HashSet<>();
        List<UUID> benefitIds = new ArrayList<>();
        List<UUID> ruleIds = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        for (Change change : changes) {
            switch (change.entityType()) {
                case PolicyRules.TYPE -> touched.add(change.entityId());
                case BenefitRules.TYPE -> benefitIds.add(UUID.fromString(change.entityId()));
                case EligibilityRuleRules.TYPE -> ruleIds.add(UUID.fromString(change.entityId()));
                case SourceRules.TYPE -> {
                    // A new source is cited by nothing written before it, and a source is deleted only while
                    // nothing cites it: only an update can change what a policy shows.
                    if (change.isUpdate()) {
                        sources.add(change.entityId());
                    }
                }
                default -> {
                    return load(em);
                }
            }
        }
        if (!sources.isEmpty()) {
            // A source's title shows in the subsidies that cite it: the policies that cite it anywhere, read again.
            @SuppressWarnings("unchecked")
            List<String> slugs = em.createNativeQuery("select p.slug from policy p join source s on s.id = p.source_id "
                            + "where s.slug in (:sources) union select p.slug from benefit b "
                            + "join policy p on p.id = b.policy_id join source s on s.id = b.source_id "
                            + "where s.slug in (:sources) union select p.slug from eligibility_rule r "
                            + "join policy p on p.id = r.policy_id join source s on s.id = r.source_id "
                            + "where s.slug in (:sources)")
                    .setParameter("sources", sources)
                    .getResultList();
            touched.addAll(slugs);
        }
        if (!ruleIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> slugs = em.createNativeQuery("select distinct p.slug from eligibility_rule r "
                            + "join policy p on p.id = r.policy_id where r.public_id in (:ids)")
                    .setParameter("ids", ruleIds)
                    .getResultList();
            touched.addAll(slugs);
        }
        if (!benefitIds.isEmpty()) {
            // Deleted benefits and policies too: a deletion touches the policy it leaves.
            @SuppressWarnings("unchecked")
            List<String> slugs = em.createNativeQuery("select distinct p.slug from benefit b "
                            + "join policy p on p.id = b.policy_id where b.public_id in (:ids)")
                    .setParameter("ids", benefitIds)
                    .getResultList();
            touched.addAll(slugs);
        }
        if (touched.isEmpty()) {
            return previous;
        }
        List<Policy> policies = em.createQuery(
                        "select p from Policy p left join fetch p.region "
                                + "join fetch p.source where p.slug in :slugs order by p.id",
                        Policy.class)
                .setParameter("slugs", touched)
                .getResultList();
        List<Benefit> benefits = em.createQuery(
                        "select b from Benefit b join fetch b.policy p "
                                + "join fetch b.source where p.slug in :slugs order by b.id",
                        Benefit.class)
                .setParameter("slugs", touched)
                .getResultList();
        List<EligibilityRule> rules = em.createQuery(
                        "select r from EligibilityRule r join fetch r.policy p join fetch r.source "
                                + "left join fetch r.benefit left join fetch r.scheme where p.slug in :slugs "
                                + "order by r.id",
                        EligibilityRule.class)
                .setParameter("slugs", touched)
                .getResultList();
        Built built = build(policies, benefits, rules);
        List<PolicyEntry> entries = new ArrayList<>(built.entries());
        previous.all().stream().filter(p -> !touched.contains(p.slug())).forEach(entries::add);
        entries.sort(Comparator.comparingLong(PolicyEntry::id));
        List<Subsidy> subsidies = new ArrayList<>(built.subsidies());
        previous.subsidies().stream()
                .filter(b -> !touched.contains(b.policy().slug()))
                .forEach(subsidies::add);
        return new Policies(entries, subsidies);
    }

    private record Built(List<PolicyEntry> entries, List<Subsidy> subsidies) {}

    private static Built build(List<Policy> policies, List<Benefit> all, List<EligibilityRule> allRules) {
        Map<Long, List<EligibilityRule>> rules = new LinkedHashMap<>();
        for (EligibilityRule rule : allRules) {
            rules.computeIfAbsent(rule.policy.id, id -> new ArrayList<>()).add(rule);
        }
        Map<Long, List<Benefit>> benefits = new LinkedHashMap<>();
        for (Benefit benefit : all) {
            benefits.computeIfAbsent(benefit.policy.id, id -> new ArrayList<>()).add(benefit);
        }
        List<PolicyEntry> entries = new ArrayList<>(policies.size());
        List<Subsidy> subsidies = new ArrayList<>();
        for (Policy policy : policies) {
            List<Benefit> history = new ArrayList<>(benefits.getOrDefault(policy.id, List.of()));
            history.sort(Benefit.HISTORY_ORDER);
            PolicyEntry entry = entry(policy, history, rules.getOrDefault(policy.id, List.of()));
            entries.add(entry);
            if (policy.region != null) {
                for (Benefit benefit : history) {
                    subsidies.add(new Subsidy(
                            benefit.id,
                            benefit.publicId,
                            benefit.level == null ? null : benefit.level.intValue(),
                            benefit.kind,
                            benefit.amount,
                            benefit.currency,
                            benefit.upperLimit,
                            benefit.upliftPercent,
                            benefit.source.slug,
                            benefit.verification,
                            Localized.of(lang -> LocalizedText.in(benefit.conditions, lang)),
                            benefit.effectiveFrom,
                            benefit.effectiveTo,
                            policy.region.depth,
                            entry,
                            Localized.of(lang -> SubsidyView.from(benefit, lang))));
                }
            }
        }
        return new Built(entries, subsidies);
    }

    private static PolicyEntry entry(Policy policy, List<Benefit> history, List<EligibilityRule> rules) {
        int levels = 0;
        boolean anyLevel = false;
        for (Benefit benefit : history) {
            if (benefit.level == null) {
                anyLevel = true;
            } else {
                levels |= 1 << benefit.level;
            }
        }
        return new PolicyEntry(
                policy.id,
                policy.slug,
                policy.version,
                policy.region == null ? null : policy.region.code,
                policy.category,
                policy.scope,
                policy.verification,
                policy.issuedOn,
                policy.effectiveFrom,
                policy.effectiveFrom != null ? policy.effectiveFrom : policy.issuedOn,
                policy.effectiveTo,
                levels,
                anyLevel,
                SearchText.of(
                        policy.title.zh,
                        policy.title.en,
                        policy.summary.zh,
                        policy.summary.en,
                        policy.issuer == null ? null : policy.issuer.zh,
                        policy.issuer == null ? null : policy.issuer.en,
                        policy.documentNumber),
                Localized.of(lang -> PolicyView.from(policy, lang)),
                history.stream()
                        .map(b -> new BenefitEntry(
                                b.publicId, b.version, Localized.of(lang -> BenefitView.from(b, lang))))
                        .toList(),
                rules.stream().map(PoliciesPart::rule).toList());
    }

    private static RuleEntry rule(EligibilityRule rule) {
        RuleInput input = RuleInput.from(rule);
        return new RuleEntry(
                rule.publicId,
                rule.version,
                rule.policy.slug,
                input,
                Localized.of(lang -> RuleRequirement.describe(input, lang)),
                Localized.of(lang -> RuleView.of(rule.publicId, rule.policy.slug, input, lang)));
    }
}
