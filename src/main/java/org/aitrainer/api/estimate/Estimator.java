package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.estimate.SubsidyEstimate.Award;
import org.aitrainer.api.estimate.SubsidyEstimate.Check;
import org.aitrainer.api.estimate.SubsidyEstimate.Outcome;
import org.aitrainer.api.estimate.SubsidyEstimate.Result;
import org.aitrainer.api.estimate.SubsidyEstimate.Uplift;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.policy.ClaimantStatus;
import org.aitrainer.api.policy.PlaceBasis;
import org.aitrainer.api.policy.Policies;
import org.aitrainer.api.policy.Policies.PolicyEntry;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.Policies.Subsidy;
import org.aitrainer.api.policy.RuleInput;
import org.aitrainer.api.policy.RuleKind;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;

/**
 * Evaluates the rules held in a read snapshot for one checked situation. Nothing here knows a place or a year: every
 * condition, amount and date comes from the snapshot's records.
 *
 * <p>A program is a policy along the region chain with a certificate subsidy for the level in force on the
 * certificate's issue date. Its conditions are its own rules in force on that date (those of the whole policy, and
 * those of the benefit taken), and, through its SCHEME rules, the rules of the schemes it is paid under. A check that
 * fails makes the program INELIGIBLE; otherwise a check without the input it needs (or a scheme with no rule known
 * for the date) makes it MORE_INFO.
 */
final class Estimator {

    /** The occupation whose certificates the estimates are for. */
    static final String OCCUPATION = "4-04-05-05";

    /** The order in which the estimate takes one result among several: surer records first, then more local ones. */
    private static final Comparator<Candidate> TAKEN_FIRST = Comparator.comparingInt(
                    (Candidate c) -> rank(c.subsidy().verification()))
            .thenComparing(Comparator.comparingInt(Candidate::depth).reversed())
            .thenComparing(
                    c -> c.subsidy().effectiveFrom(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
            .thenComparingLong(c -> c.subsidy().id());

    private record Candidate(Subsidy subsidy, int depth) {}

    private final ReadSnapshot snapshot;
    private final Policies policies;
    private final Regions regions;
    private final Language language;

    /** The policies of each region chain, as a batch asks for the same regions again and again. */
    private final Map<String, List<PolicyEntry>> policiesOfChain = new java.util.HashMap<>();

    Estimator(ReadSnapshot snapshot, Language language) {
        this.snapshot = snapshot;
        this.policies = snapshot.part(Policies.class);
        this.regions = snapshot.part(Regions.class);
        this.language = language;
    }

    SubsidyEstimate estimate(Situation situation) {
        LocalDate issuedOn = situation.certificateIssuedOn();
        List<String> chain = regions.selfAndAncestors(situation.region());
        List<Subsidy> paying = new ArrayList<>();
        List<Subsidy> uplifts = new ArrayList<>();
        Map<String, PolicyEntry> programs = new LinkedHashMap<>();
        for (Subsidy subsidy : policies.subsidiesIn(chain)) {
            if (!subsidy.inForce(issuedOn)) {
                continue;
            }
            if (subsidy.kind() == BenefitKind.SUBSIDY_UPLIFT && subsidy.forLevel(situation.level())) {
                uplifts.add(subsidy);
            } else if (subsidy.kind() == BenefitKind.CERTIFICATE_SUBSIDY && subsidy.level() != null) {
                programs.putIfAbsent(subsidy.policy().slug(), subsidy.policy());
                if (subsidy.level().equals(situation.level())) {
                    paying.add(subsidy);
                }
            }
        }
        List<Uplift> upliftViews = uplifts.stream()
                .map(u -> new Uplift(
                        u.publicId(),
                        u.policy().slug(),
                        u.upliftPercent().stripTrailingZeros(),
                        u.upperLimit(),
                        u.conditions().in(language),
                        u.sourceId(),
                        u.verification()))
                .toList();
        List<Result> results = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (PolicyEntry program : programs.values()) {
            List<Subsidy> ordered = paying.stream()
                    .filter(s -> s.policy().slug().equals(program.slug()))
                    .sorted(Comparator.comparingInt((Subsidy s) -> rank(s.verification()))
                            .thenComparing(
                                    Subsidy::effectiveFrom,
                                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())
                                            .reversed())
                            .thenComparingLong(Subsidy::id))
                    .toList();
            Subsidy taken = ordered.isEmpty() ? null : ordered.get(0);
            Evaluation evaluation = evaluate(program, taken, situation, chain);
            results.add(new Result(
                    program.slug(),
                    program.view().in(language).title(),
                    regions.refs(List.of(program.regionCode()), language).get(0),
                    evaluation.outcome(),
                    taken == null ? null : award(taken),
                    issuedOn,
                    evaluation.applyBy(),
                    false,
                    evaluation.reason(),
                    ordered.stream().skip(1).map(Estimator::award).toList(),
                    upliftViews,
                    evaluation.checks(),
                    evaluation.outcome() == Outcome.MORE_INFO ? evaluation.missing() : List.of()));
            if (taken != null && evaluation.outcome() != Outcome.INELIGIBLE) {
                candidates.add(new Candidate(taken, taken.regionDepth()));
            }
        }
        Optional<Candidate> chosen = candidates.stream().min(TAKEN_FIRST);
        String selected = chosen.map(c -> c.subsidy().policy().slug()).orElse(null);
        List<Result> marked = results.stream()
                .map(r -> r.policyId().equals(selected) ? r.marked(true, r.reason()) : notTaken(r, chosen))
                .toList();
        return new SubsidyEstimate(
                snapshot.version(),
                situation.applyingOn(),
                regions.refs(chain, language),
                marked,
                selected,
                selection(chosen, candidates, results),
                Phrases.DISCLAIMER.in(language));
    }

    /** A result that could be paid but is not taken says which one is, and why. */
    private Result notTaken(Result r, Optional<Candidate> chosen) {
        if (chosen.isEmpty() || r.outcome() == Outcome.INELIGIBLE || r.award() == null) {
            return r;
        }
        Subsidy taken = chosen.get().subsidy();
        boolean surer = rank(taken.verification()) < rank(r.award().verification());
        String why = surer
                ? Phrases.NOT_TAKEN_SURER.format(
                        language,
                        taken.policy().view().in(language).title(),
                        taken.verification(),
                        r.award().verification())
                : Phrases.NOT_TAKEN_LOCAL.format(
                        language, taken.policy().view().in(language).title());
        return r.marked(false, r.reason() + " " + why);
    }

    private String selection(Optional<Candidate> chosen, List<Candidate> candidates, List<Result> results) {
        if (results.isEmpty()) {
            return Phrases.NO_PROGRAM.in(language);
        }
        if (chosen.isEmpty()) {
            return Phrases.NONE_TAKEN.in(language);
        }
        Subsidy taken = chosen.get().subsidy();
        String title = taken.policy().view().in(language).title();
        return Phrases.TAKEN.format(language, title, taken.verification(), candidates.size());
    }

    private static Award award(Subsidy subsidy) {
        return new Award(
                subsidy.publicId(),
                Money.of(subsidy.amount(), subsidy.currency()),
                subsidy.upperLimit(),
                subsidy.sourceId(),
                subsidy.verification());
    }

    static int rank(Verification verification) {
        return switch (verification) {
            case OFFICIAL -> 0;
            case REPORTED -> 1;
            case UNCONFIRMED -> 2;
        };
    }

    record Evaluation(Outcome outcome, List<Check> checks, List<String> missing, LocalDate applyBy, String reason) {}

    /**
     * The program of one policy: its rules, those of the schemes it is paid under (its SCHEME rules, followed), and
     * those of the policies along the person's region chain that are paid under any of these (local conditions that
     * apply on top), each in force on the certificate's issue date and checked. A policy of the set with no rule in
     * force on that date is a RULES_KNOWN check that stays open.
     */
    private Evaluation evaluate(PolicyEntry program, Subsidy benefit, Situation situation, List<String> chain) {
        LocalDate issuedOn = situation.certificateIssuedOn();
        List<PolicyEntry> set = programPolicies(program, chain, issuedOn);
        List<Check> checks = new ArrayList<>();
        LocalDate applyBy = null;
        if (benefit == null) {
            checks.add(new Check(
                    null,
                    program.slug(),
                    "AMOUNT_RECORDED",
                    null,
                    Phrases.AMOUNT_RECORDED.format(language, situation.level(), issuedOn),
                    null,
                    List.of(),
                    null,
                    null,
                    null));
        }
        for (PolicyEntry policy : set) {
            List<RuleEntry> inForce = inForce(policy, issuedOn, benefit);
            if (inForce.isEmpty()) {
                checks.add(new Check(
                        null,
                        policy.slug(),
                        "RULES_KNOWN",
                        null,
                        Phrases.RULES_KNOWN.format(
                                language, policy.view().in(language).title(), issuedOn),
                        null,
                        List.of(),
                        null,
                        null,
                        null));
                continue;
            }
            for (RuleEntry rule : inForce) {
                RuleInput r = rule.rule();
                if (r.kind() == RuleKind.APPLY_WITHIN_MONTHS) {
                    LocalDate last = issuedOn.plusMonths(r.months());
                    applyBy = applyBy == null || last.isBefore(applyBy) ? last : applyBy;
                }
                checks.add(check(rule, policy, situation));
            }
        }
        boolean failed = checks.stream().anyMatch(c -> Boolean.FALSE.equals(c.passed()));
        Set<String> missing = new LinkedHashSet<>();
        checks.stream().filter(c -> c.passed() == null).forEach(c -> missing.addAll(c.missing()));
        boolean open = checks.stream().anyMatch(c -> c.passed() == null);
        Outcome outcome = failed ? Outcome.INELIGIBLE : open ? Outcome.MORE_INFO : Outcome.ELIGIBLE;
        String reason = switch (outcome) {
            case ELIGIBLE -> Phrases.ELIGIBLE.in(language);
            case INELIGIBLE ->
                Phrases.INELIGIBLE.format(
                        language,
                        checks.stream()
                                .filter(c -> Boolean.FALSE.equals(c.passed()))
                                .map(Check::required)
                                .findFirst()
                                .orElse(""));
            case MORE_INFO ->
                missing.isEmpty()
                        ? Phrases.RULES_UNKNOWN.in(language)
                        : Phrases.MORE_INFO.format(language, String.join(", ", missing));
        };
        return new Evaluation(outcome, List.copyOf(checks), List.copyOf(missing), applyBy, reason);
    }

    private static List<RuleEntry> inForce(PolicyEntry policy, LocalDate issuedOn, Subsidy benefit) {
        return policy.rules().stream()
                .filter(r -> r.inForce(issuedOn))
                .filter(r -> r.rule().benefitId() == null
                        || (benefit != null && r.rule().benefitId().equals(benefit.publicId())))
                .toList();
    }

    /**
     * The program's policy, then the schemes it is paid under and the policies of the chain paid under any of them,
     * until no more join; each once, in the order they joined.
     */
    private List<PolicyEntry> programPolicies(PolicyEntry program, List<String> chain, LocalDate issuedOn) {
        List<PolicyEntry> set = new ArrayList<>(List.of(program));
        Set<String> slugs = new HashSet<>(Set.of(program.slug()));
        List<PolicyEntry> local = policiesOfChain.computeIfAbsent(chain.get(0), code -> policies.inRegions(chain));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 0; i < set.size(); i++) {
                for (RuleEntry rule : inForce(set.get(i), issuedOn, null)) {
                    if (rule.rule().kind() == RuleKind.SCHEME
                            && !slugs.contains(rule.rule().schemeId())) {
                        Optional<PolicyEntry> scheme = policies.find(rule.rule().schemeId());
                        if (scheme.isPresent()) {
                            set.add(scheme.get());
                            slugs.add(scheme.get().slug());
                            grown = true;
                        }
                    }
                }
            }
            for (PolicyEntry candidate : local) {
                if (!slugs.contains(candidate.slug())
                        && inForce(candidate, issuedOn, null).stream()
                                .anyMatch(r -> r.rule().kind() == RuleKind.SCHEME
                                        && slugs.contains(r.rule().schemeId()))) {
                    set.add(candidate);
                    slugs.add(candidate.slug());
                    grown = true;
                }
            }
        }
        return set;
    }

    /** One rule against the situation: passed, failed, or open with the inputs it lacks. */
    private Check check(RuleEntry entry, PolicyEntry policy, Situation s) {
        RuleInput rule = entry.rule();
        Verdict verdict = Verdicts.of(rule, policy, s, regions);
        if (rule.appliesTo() != null && !Boolean.TRUE.equals(verdict.passed())) {
            ClaimantStatus status = s.employmentStatus();
            if (status == null) {
                List<String> missing = new ArrayList<>(verdict.missing());
                missing.add(0, "employmentStatus");
                verdict = new Verdict(null, verdict.given(), missing);
            } else if (!rule.appliesTo().contains(status)) {
                verdict = new Verdict(true, status.name(), List.of());
            }
        }
        return new Check(
                entry.publicId(),
                entry.policySlug(),
                rule.kind().name(),
                verdict.passed(),
                Phrases.requirement(rule, language),
                verdict.given(),
                verdict.passed() == null ? verdict.missing() : List.of(),
                language == Language.EN ? rule.text().en() : rule.text().zhCn(),
                rule.sourceId(),
                rule.verification());
    }

    /** A rule's result before its scope (appliesTo) is considered. */
    record Verdict(Boolean passed, String given, List<String> missing) {

        static Verdict of(boolean passed, Object given) {
            return new Verdict(passed, given == null ? null : given.toString(), List.of());
        }

        static Verdict missing(String... fields) {
            return new Verdict(null, null, List.of(fields));
        }
    }

    /** How each kind of rule reads the situation. */
    static final class Verdicts {

        private Verdicts() {}

        static Verdict of(RuleInput rule, PolicyEntry policy, Situation s, Regions regions) {
            List<Situation.PreviousSubsidy> previous =
                    s.previousSubsidies() == null ? List.of() : s.previousSubsidies();
            return switch (rule.kind()) {
                case MIN_INSURED_MONTHS ->
                    s.insuredMonths() == null
                            ? Verdict.missing("insuredMonths")
                            : Verdict.of(s.insuredMonths() >= rule.months(), s.insuredMonths());
                case CERTIFICATE_ISSUED_FROM ->
                    Verdict.of(!s.certificateIssuedOn().isBefore(rule.issuedFrom()), s.certificateIssuedOn());
                case APPLY_WITHIN_MONTHS ->
                    Verdict.of(
                            !s.applyingOn().isAfter(s.certificateIssuedOn().plusMonths(rule.months())), s.applyingOn());
                case LEVELS -> Verdict.of(rule.levels().contains(s.level()), s.level());
                case CLAIMANT_STATUS ->
                    s.employmentStatus() == null
                            ? Verdict.missing("employmentStatus")
                            : Verdict.of(rule.statuses().contains(s.employmentStatus()), s.employmentStatus());
                case EXCLUDED_STATUS ->
                    s.employmentStatus() == null
                            ? Verdict.missing("employmentStatus")
                            : Verdict.of(!rule.statuses().contains(s.employmentStatus()), s.employmentStatus());
                case AGE_RANGE -> age(rule, s);
                case PLACE -> place(rule, policy, s, regions);
                case ONCE_PER_LEVEL ->
                    Verdict.of(
                            previous.stream()
                                    .noneMatch(p -> OCCUPATION.equals(p.occupationCode())
                                            && p.kindOrDefault() == BenefitKind.CERTIFICATE_SUBSIDY
                                            && s.level().equals(p.level())),
                            previous.size());
                case MAX_PER_YEAR -> perYear(rule, s, previous);
                case NO_LOWER_AFTER_HIGHER ->
                    Verdict.of(
                            previous.stream()
                                    .noneMatch(p -> OCCUPATION.equals(p.occupationCode())
                                            && p.kindOrDefault() == BenefitKind.CERTIFICATE_SUBSIDY
                                            && p.level() != null
                                            && p.level() < s.level()),
                            previous.size());
                case NOT_COMBINED_WITH ->
                    Verdict.of(
                            previous.stream()
                                    .noneMatch(p -> OCCUPATION.equals(p.occupationCode())
                                            && p.kindOrDefault() == rule.excludedKind()
                                            && s.level().equals(p.level())),
                            previous.size());
                case SCHEME -> Verdict.of(true, null);
            };
        }

        private static Verdict age(RuleInput rule, Situation s) {
            if (s.birthDate() == null) {
                return Verdict.missing("birthDate");
            }
            int age = Period.between(s.birthDate(), s.applyingOn()).getYears();
            if (rule.minAge() != null && age < rule.minAge()) {
                return Verdict.of(false, age);
            }
            if (rule.maxAge() == null) {
                return Verdict.of(true, age);
            }
            if (rule.maxAgeFemale() == null) {
                return Verdict.of(age < rule.maxAge(), age);
            }
            if (s.sex() != null) {
                int bound = s.sex() == Sex.FEMALE ? rule.maxAgeFemale() : rule.maxAge();
                return Verdict.of(age < bound, age + " " + s.sex());
            }
            if (age < Math.min(rule.maxAge(), rule.maxAgeFemale())) {
                return Verdict.of(true, age);
            }
            if (age >= Math.max(rule.maxAge(), rule.maxAgeFemale())) {
                return Verdict.of(false, age);
            }
            return new Verdict(null, Integer.toString(age), List.of("sex"));
        }

        private static Verdict place(RuleInput rule, PolicyEntry policy, Situation s, Regions regions) {
            List<String> missing = new ArrayList<>();
            List<String> held = new ArrayList<>();
            for (PlaceBasis basis : rule.placeBases()) {
                Boolean holds = switch (basis) {
                    case HUKOU ->
                        s.hukouRegion() == null
                                ? null
                                : regions.selfAndAncestors(s.hukouRegion()).contains(policy.regionCode());
                    case INSURED -> s.insuredMonths() == null ? null : s.insuredMonths() > 0;
                    case REGISTERED_UNEMPLOYED ->
                        s.employmentStatus() == null
                                ? null
                                : s.employmentStatus() == ClaimantStatus.REGISTERED_UNEMPLOYED;
                    case RECENT_GRADUATE -> s.recentGraduate();
                };
                if (Boolean.TRUE.equals(holds)) {
                    return Verdict.of(true, basis);
                }
                if (holds == null) {
                    missing.add(input(basis));
                } else {
                    held.add("not " + basis);
                }
            }
            return missing.isEmpty()
                    ? Verdict.of(false, String.join(", ", held))
                    : new Verdict(null, held.isEmpty() ? null : String.join(", ", held), missing);
        }

        private static String input(PlaceBasis basis) {
            return switch (basis) {
                case HUKOU -> "hukouRegion";
                case INSURED -> "insuredMonths";
                case REGISTERED_UNEMPLOYED -> "employmentStatus";
                case RECENT_GRADUATE -> "recentGraduate";
            };
        }

        private static Verdict perYear(RuleInput rule, Situation s, List<Situation.PreviousSubsidy> previous) {
            long count = previous.stream()
                    .filter(p -> p.kindOrDefault() == BenefitKind.CERTIFICATE_SUBSIDY)
                    .filter(p -> p.receivedOn() != null
                            && p.receivedOn().getYear() == s.applyingOn().getYear())
                    .count();
            if (count < rule.maxCount()) {
                return Verdict.of(true, count);
            }
            if (rule.maxCountUrgent() == null || count >= rule.maxCountUrgent()) {
                return Verdict.of(false, count);
            }
            if (s.urgentlyNeededOccupation() == null) {
                return new Verdict(null, Long.toString(count), List.of("urgentlyNeededOccupation"));
            }
            return Verdict.of(s.urgentlyNeededOccupation(), count + ", urgentlyNeededOccupation");
        }
    }
}
