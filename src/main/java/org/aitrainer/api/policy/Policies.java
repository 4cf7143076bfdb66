package org.aitrainer.api.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Localized;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.SearchText;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.snapshot.Found;
import org.aitrainer.api.snapshot.RecordReads;

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
    public record RuleEntry(
            UUID publicId,
            long version,
            String policySlug,
            RuleInput rule,
            Localized<String> requirement,
            Localized<RuleView> view) {

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

    Policies(List<PolicyEntry> all, List<Subsidy> subsidies) {
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
}
