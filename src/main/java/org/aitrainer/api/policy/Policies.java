package org.aitrainer.api.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRules;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;
import org.aitrainer.api.snapshot.SnapshotPart;
import org.aitrainer.api.source.SourceRules;

/**
 * The policies and their benefits as reads serve them, none deleted: each policy with its whole benefit history,
 * indexed by region for the policy filters, and every benefit of a regional policy as a subsidy, indexed by region
 * and kept in the lookup's default order (most local first, level 5 first).
 */
@Published("Subsidy estimates evaluate the policies' rules and amounts.")
public final class Policies implements RecordReads<String, PolicyView> {

    /** A policy as read, with the fields its filters test. */
    @Published("Subsidy estimates evaluate the policies' rules and amounts.")
    public record PolicyEntry(
            long id,
            String slug,
            long version,
            String regionCode,
            PolicyCategory category,
            PolicyScope scope,
            Verification verification,
            LocalDate issuedOn,
            LocalDate effectiveFrom,
            LocalDate startsOn,
            LocalDate endsOn,
            int levels,
            boolean anyLevel,
            SearchText text,
            Localized<PolicyView> view,
            List<BenefitEntry> benefits,
            List<RuleEntry> rules) {

        /** In force on the date: started (effective date, or issue date) and not ended; no known dates: always. */
        public boolean inForce(LocalDate on) {
            return (startsOn == null || !startsOn.isAfter(on)) && (endsOn == null || !on.isAfter(endsOn));
        }

        /** Has a benefit for the level, or one not tied to a level. */
        public boolean paysAtLevel(int level) {
            return anyLevel || (levels & (1 << level)) != 0;
        }

        public PolicyView withBenefits(Language language) {
            return view.in(language)
                    .withBenefits(
                            benefits.stream().map(b -> b.view().in(language)).toList(),
                            rules.stream().map(r -> r.view().in(language)).toList());
        }

        public Optional<RuleEntry> rule(UUID publicId) {
            return rules.stream().filter(r -> r.publicId().equals(publicId)).findFirst();
        }

        public Optional<BenefitEntry> benefit(UUID publicId) {
            return benefits.stream().filter(b -> b.publicId().equals(publicId)).findFirst();
        }
    }

    public record BenefitEntry(UUID publicId, long version, Localized<BenefitView> view) {}

    /**
     * An eligibility rule as the estimates evaluate it: its typed parameters (the write body's shape), its ids and its
     * views.
     */
    @Published("Subsidy estimates evaluate the policies' rules and amounts.")
    public record RuleEntry(UUID publicId, long version, String policySlug, RuleInput rule, Localized<RuleView> view) {

        /** In force for a certificate issued on the date: both ends inclusive, a missing one open. */
        public boolean inForce(LocalDate issuedOn) {
            return (rule.effectiveFrom() == null || !rule.effectiveFrom().isAfter(issuedOn))
                    && (rule.effectiveTo() == null || !issuedOn.isAfter(rule.effectiveTo()));
        }
    }

    /** A benefit of a regional policy, with the fields the subsidy lookup filters and sorts by. */
    @Published("Subsidy estimates evaluate the policies' rules and amounts.")
    public record Subsidy(
            long id,
            UUID publicId,
            Integer level,
            BenefitKind kind,
            BigDecimal amount,
            String currency,
            boolean upperLimit,
            BigDecimal upliftPercent,
            String sourceId,
            Verification verification,
            Localized<String> conditions,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            int regionDepth,
            PolicyEntry policy,
            Localized<SubsidyView> view) {

        public boolean inForce(LocalDate on) {
            return policy.inForce(on)
                    && (effectiveFrom == null || !effectiveFrom.isAfter(on))
                    && (effectiveTo == null || !on.isAfter(effectiveTo));
        }

        /** For the level, or not tied to one. */
        public boolean forLevel(int wanted) {
            return level == null || level == wanted;
        }
    }

    /** Within a region: level 5 first, benefits not tied to a level last, then as recorded. */
    static final Comparator<Subsidy> BY_LEVEL = Comparator.comparing(
                    Subsidy::level, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(Subsidy::id);

    /** The lookup's default order: most local first, then {@link #BY_LEVEL}. */
    static final Comparator<Subsidy> MOST_LOCAL_FIRST =
            Comparator.comparingInt(Subsidy::regionDepth).reversed().thenComparing(BY_LEVEL);

    private final List<PolicyEntry> all;
    private final Map<String, PolicyEntry> bySlug = new HashMap<>();
    private final Map<String, List<PolicyEntry>> byRegion = new HashMap<>();
    private final Map<String, List<PolicyEntry>> paidUnderSchemesByRegion = new HashMap<>();
    private final List<Subsidy> subsidies;
    private final Map<String, List<Subsidy>> subsidiesByRegion = new HashMap<>();

    private Policies(List<PolicyEntry> all, List<Subsidy> subsidies) {
        this.all = List.copyOf(all);
        for (PolicyEntry policy : all) {
            bySlug.put(policy.slug(), policy);
            if (policy.regionCode() != null) {
                byRegion.computeIfAbsent(policy.regionCode(), code -> new ArrayList<>())
                        .add(policy);
            }
        }
        byRegion.replaceAll((code, list) -> List.copyOf(list));
        byRegion.forEach((code, list) -> {
            List<PolicyEntry> paidUnder = list.stream()
                    .filter(policy ->
                            policy.rules().stream().anyMatch(r -> r.rule().kind() == RuleKind.SCHEME))
                    .toList();
            if (!paidUnder.isEmpty()) {
                paidUnderSchemesByRegion.put(code, paidUnder);
            }
        });
        List<Subsidy> ordered = new ArrayList<>(subsidies);
        ordered.sort(MOST_LOCAL_FIRST);
        this.subsidies = List.copyOf(ordered);
        for (Subsidy subsidy : this.subsidies) {
            subsidiesByRegion
                    .computeIfAbsent(subsidy.policy().regionCode(), code -> new ArrayList<>())
                    .add(subsidy);
        }
        subsidiesByRegion.replaceAll((code, list) -> List.copyOf(list));
    }

    /** Every policy, in the order recorded (national first). */
    public List<PolicyEntry> all() {
        return all;
    }

    /** The policies of the regions named, in the order recorded. */
    public List<PolicyEntry> inRegions(List<String> codes) {
        List<PolicyEntry> found = new ArrayList<>();
        for (String code : codes) {
            found.addAll(byRegion.getOrDefault(code, List.of()));
        }
        found.sort(Comparator.comparingLong(PolicyEntry::id));
        return found;
    }

    /** The policies of a chain of regions with a SCHEME rule (paid under another policy), by id. */
    public List<PolicyEntry> paidUnderSchemesIn(List<String> codes) {
        List<PolicyEntry> found = new ArrayList<>(2);
        for (String code : codes) {
            found.addAll(paidUnderSchemesByRegion.getOrDefault(code, List.of()));
        }
        found.sort(Comparator.comparingLong(PolicyEntry::id));
        return found;
    }

    public Optional<PolicyEntry> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Every benefit of a regional policy, most local first. */
    public List<Subsidy> subsidies() {
        return subsidies;
    }

    /**
     * The benefits of the policies of a chain of regions, from a region up to the nation: most local first, as the
     * chain is ordered.
     */
    public List<Subsidy> subsidiesIn(List<String> chain) {
        List<Subsidy> found = new ArrayList<>();
        for (String code : chain) {
            found.addAll(subsidiesByRegion.getOrDefault(code, List.of()));
        }
        return found;
    }

    @Override
    public Optional<Found<PolicyView>> read(String slug, Language language) {
        return find(slug).map(policy -> Found.versioned(policy.withBenefits(language), policy.version()));
    }

    /** Reads the policies and their benefits into the snapshot. */
    @ApplicationScoped
    static class Part implements SnapshotPart<Policies> {

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
         * After writes to policies and benefits only: the policies they touched read again, every other policy kept
         * as it is. A region or a source appears in many policies' answers, so a change to one reads them all.
         */
        @Override
        public Policies update(Policies previous, List<Change> changes, EntityManager em) {
            if (changes.stream()
                    .anyMatch(c -> !c.entityType().equals(PolicyRules.TYPE)
                            && !c.entityType().equals(BenefitRules.TYPE)
                            && !c.entityType().equals(EligibilityRuleRules.TYPE))) {
                return load(em);
            }
            Set<String> touched = new HashSet<>();
            List<UUID> benefitIds = new ArrayList<>();
            List<UUID> ruleIds = new ArrayList<>();
            for (Change change : changes) {
                if (change.entityType().equals(PolicyRules.TYPE)) {
                    touched.add(change.entityId());
                } else if (change.entityType().equals(BenefitRules.TYPE)) {
                    benefitIds.add(UUID.fromString(change.entityId()));
                } else {
                    ruleIds.add(UUID.fromString(change.entityId()));
                }
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
            previous.all.stream().filter(p -> !touched.contains(p.slug())).forEach(entries::add);
            entries.sort(Comparator.comparingLong(PolicyEntry::id));
            List<Subsidy> subsidies = new ArrayList<>(built.subsidies());
            previous.subsidies.stream()
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
                benefits.computeIfAbsent(benefit.policy.id, id -> new ArrayList<>())
                        .add(benefit);
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
                    rules.stream().map(Part::rule).toList());
        }

        private static RuleEntry rule(EligibilityRule rule) {
            RuleInput input = RuleInput.from(rule);
            return new RuleEntry(
                    rule.publicId,
                    rule.version,
                    rule.policy.slug,
                    input,
                    Localized.of(lang -> RuleView.of(rule.publicId, rule.policy.slug, input, lang)));
        }
    }
}
