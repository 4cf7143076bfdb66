package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

    /** The order of a program's own records for the level: surer first, then newer. */
    private static final Comparator<Subsidy> SUREST_NEWEST_FIRST = Comparator.comparingInt(
                    (Subsidy s) -> rank(s.verification()))
            .thenComparing(
                    Subsidy::effectiveFrom,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
            .thenComparingLong(Subsidy::id);

    private record Candidate(Subsidy subsidy, int depth) {}

    private final ReadSnapshot snapshot;
    private final Policies policies;
    private final Regions regions;
    private final Language language;

    /** The policies of each region chain paid under a scheme, as a batch asks for the same regions again and again. */
    private final Map<String, List<PolicyEntry>> paidUnderSchemes = new HashMap<>();

    Estimator(ReadSnapshot snapshot, Language language) {
        this.snapshot = snapshot;
        this.policies = snapshot.part(Policies.class);
        this.regions = snapshot.part(Regions.class);
        this.language = language;
    }

    /** A program evaluated: its policy, its records for the level (the one taken first), and its checks. */
    private record Program(PolicyEntry policy, List<Subsidy> ordered, Evaluation evaluation) {

        Subsidy taken() {
            return ordered.isEmpty() ? null : ordered.get(0);
        }
    }

    /** A situation assessed: what the whole estimate and its summary are both worded from. */
    private record Assessment(
            Situation situation,
            List<String> chain,
            List<Program> programs,
            List<Subsidy> uplifts,
            int candidates,
            Candidate chosen) {

        String selected() {
            return chosen == null ? null : chosen.subsidy().policy().slug();
        }
    }

    /** The whole estimate, every check and reason worded in the estimator's language. */
    SubsidyEstimate estimate(Situation situation) {
        Assessment assessment = assess(situation);
        List<Uplift> uplifts = assessment.uplifts().stream()
                .map(u -> new Uplift(
                        u.publicId(),
                        u.policy().slug(),
                        u.upliftPercent().stripTrailingZeros(),
                        u.upperLimit(),
                        u.conditions().in(language),
                        u.sourceId(),
                        u.verification()))
                .toList();
        String selected = assessment.selected();
        List<Result> results = new ArrayList<>(assessment.programs().size());
        for (Program program : assessment.programs()) {
            Evaluation evaluation = program.evaluation();
            Subsidy taken = program.taken();
            boolean isSelected = program.policy().slug().equals(selected);
            String reason = reason(evaluation, situation);
            if (!isSelected
                    && assessment.chosen() != null
                    && evaluation.outcome() != Outcome.INELIGIBLE
                    && taken != null) {
                reason = reason + " " + notTaken(assessment.chosen().subsidy(), taken);
            }
            List<Check> checks = new ArrayList<>(evaluation.tests().size());
            for (Tested tested : evaluation.tests()) {
                checks.add(check(tested, situation));
            }
            results.add(new Result(
                    program.policy().slug(),
                    title(program.policy()),
                    regions.refs(List.of(program.policy().regionCode()), language)
                            .get(0),
                    evaluation.outcome(),
                    taken == null ? null : award(taken),
                    situation.certificateIssuedOn(),
                    evaluation.applyBy(),
                    isSelected,
                    reason,
                    program.ordered().stream().skip(1).map(Estimator::award).toList(),
                    uplifts,
                    List.copyOf(checks),
                    evaluation.outcome() == Outcome.MORE_INFO ? evaluation.missing() : List.of()));
        }
        return new SubsidyEstimate(
                snapshot.version(),
                situation.applyingOn(),
                regions.refs(assessment.chain(), language),
                List.copyOf(results),
                selected,
                selection(assessment),
                Phrases.DISCLAIMER.in(language));
    }

    /**
     * The estimate in short, as a batch answers by default: the same assessment as {@link #estimate}, with no text to
     * word.
     */
    EstimateBatch.Summary summary(Situation situation) {
        Assessment assessment = assess(situation);
        String selected = assessment.selected();
        List<EstimateBatch.ResultSummary> results =
                new ArrayList<>(assessment.programs().size());
        for (Program program : assessment.programs()) {
            Evaluation evaluation = program.evaluation();
            List<EstimateBatch.FailedCheck> failed = new ArrayList<>(2);
            for (Tested tested : evaluation.tests()) {
                if (Boolean.FALSE.equals(tested.verdict().passed())) {
                    RuleEntry rule = tested.rule();
                    failed.add(new EstimateBatch.FailedCheck(
                            rule == null ? null : rule.publicId(),
                            rule == null ? tested.policy().slug() : rule.policySlug(),
                            tested.kind(),
                            rule == null ? null : rule.rule().sourceId()));
                }
            }
            Subsidy taken = program.taken();
            results.add(new EstimateBatch.ResultSummary(
                    program.policy().slug(),
                    program.policy().regionCode(),
                    evaluation.outcome(),
                    taken == null ? null : award(taken),
                    evaluation.applyBy(),
                    program.policy().slug().equals(selected),
                    evaluation.outcome() == Outcome.MORE_INFO ? evaluation.missing() : List.of(),
                    List.copyOf(failed)));
        }
        return new EstimateBatch.Summary(selected, List.copyOf(results));
    }

    /**
     * The programs of the region chain for the certificate's date, each evaluated, and the result the estimate takes:
     * the first of those that can be paid in the order {@link #TAKEN_FIRST}.
     */
    private Assessment assess(Situation situation) {
        LocalDate issuedOn = situation.certificateIssuedOn();
        List<String> chain = regions.selfAndAncestors(situation.region());
        List<Subsidy> paying = new ArrayList<>();
        List<Subsidy> uplifts = new ArrayList<>();
        List<PolicyEntry> programs = new ArrayList<>();
        for (Subsidy subsidy : policies.subsidiesIn(chain)) {
            if (!subsidy.inForce(issuedOn)) {
                continue;
            }
            if (subsidy.kind() == BenefitKind.SUBSIDY_UPLIFT && subsidy.forLevel(situation.level())) {
                uplifts.add(subsidy);
            } else if (subsidy.kind() == BenefitKind.CERTIFICATE_SUBSIDY && subsidy.level() != null) {
                if (!holds(programs, subsidy.policy().slug())) {
                    programs.add(subsidy.policy());
                }
                if (subsidy.level().equals(situation.level())) {
                    paying.add(subsidy);
                }
            }
        }
        List<Program> evaluated = new ArrayList<>(programs.size());
        int candidates = 0;
        Candidate chosen = null;
        for (PolicyEntry program : programs) {
            List<Subsidy> ordered = new ArrayList<>(2);
            for (Subsidy subsidy : paying) {
                if (subsidy.policy().slug().equals(program.slug())) {
                    ordered.add(subsidy);
                }
            }
            ordered.sort(SUREST_NEWEST_FIRST);
            Subsidy taken = ordered.isEmpty() ? null : ordered.get(0);
            Evaluation evaluation = evaluate(program, taken, situation, chain);
            evaluated.add(new Program(program, List.copyOf(ordered), evaluation));
            if (taken != null && evaluation.outcome() != Outcome.INELIGIBLE) {
                Candidate candidate = new Candidate(taken, taken.regionDepth());
                candidates++;
                if (chosen == null || TAKEN_FIRST.compare(candidate, chosen) < 0) {
                    chosen = candidate;
                }
            }
        }
        return new Assessment(situation, chain, List.copyOf(evaluated), List.copyOf(uplifts), candidates, chosen);
    }

    /** Whether a policy of that slug is in the list: lists here hold a few policies, compared by slug alone. */
    private static boolean holds(List<PolicyEntry> list, String slug) {
        for (PolicyEntry policy : list) {
            if (policy.slug().equals(slug)) {
                return true;
            }
        }
        return false;
    }

    private String title(PolicyEntry policy) {
        return policy.view().in(language).title();
    }

    /** Why a result that could be paid is not the one taken. */
    private String notTaken(Subsidy taken, Subsidy own) {
        boolean surer = rank(taken.verification()) < rank(own.verification());
        return surer
                ? Phrases.NOT_TAKEN_SURER.format(
                        language, title(taken.policy()), taken.verification(), own.verification())
                : Phrases.NOT_TAKEN_LOCAL.format(language, title(taken.policy()));
    }

    private String selection(Assessment assessment) {
        if (assessment.programs().isEmpty()) {
            return Phrases.NO_PROGRAM.in(language);
        }
        if (assessment.chosen() == null) {
            return Phrases.NONE_TAKEN.in(language);
        }
        Subsidy taken = assessment.chosen().subsidy();
        return Phrases.TAKEN.format(language, title(taken.policy()), taken.verification(), assessment.candidates());
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

    /** A condition tested: a rule's verdict, or an open check no rule records (AMOUNT_RECORDED, RULES_KNOWN). */
    private record Tested(PolicyEntry policy, RuleEntry rule, String kind, Verdict verdict) {}

    private static final Verdict OPEN = new Verdict(null, null, List.of());

    record Evaluation(Outcome outcome, List<Tested> tests, List<String> missing, LocalDate applyBy) {}

    /**
     * The program of one policy: its rules, those of the schemes it is paid under (its SCHEME rules, followed), and
     * those of the policies along the person's region chain that are paid under any of these (local conditions that
     * apply on top), each in force on the certificate's issue date and checked. A policy of the set with no rule in
     * force on that date is a RULES_KNOWN check that stays open.
     */
    private Evaluation evaluate(PolicyEntry program, Subsidy benefit, Situation situation, List<String> chain) {
        LocalDate issuedOn = situation.certificateIssuedOn();
        List<Tested> tests = new ArrayList<>();
        LocalDate applyBy = null;
        if (benefit == null) {
            tests.add(new Tested(program, null, "AMOUNT_RECORDED", OPEN));
        }
        for (PolicyEntry policy : programPolicies(program, chain, issuedOn)) {
            boolean any = false;
            for (RuleEntry rule : policy.rules()) {
                if (!applies(rule, issuedOn, benefit)) {
                    continue;
                }
                any = true;
                RuleInput r = rule.rule();
                if (r.kind() == RuleKind.APPLY_WITHIN_MONTHS) {
                    LocalDate last = issuedOn.plusMonths(r.months());
                    applyBy = applyBy == null || last.isBefore(applyBy) ? last : applyBy;
                }
                tests.add(new Tested(policy, rule, r.kind().name(), verdict(rule, policy, situation)));
            }
            if (!any) {
                tests.add(new Tested(policy, null, "RULES_KNOWN", OPEN));
            }
        }
        boolean failed = false;
        boolean open = false;
        Set<String> missing = new LinkedHashSet<>();
        for (Tested tested : tests) {
            Boolean passed = tested.verdict().passed();
            if (passed == null) {
                open = true;
                missing.addAll(tested.verdict().missing());
            } else if (!passed) {
                failed = true;
            }
        }
        Outcome outcome = failed ? Outcome.INELIGIBLE : open ? Outcome.MORE_INFO : Outcome.ELIGIBLE;
        return new Evaluation(outcome, List.copyOf(tests), List.copyOf(missing), applyBy);
    }

    /** Why the program's outcome is what it is, in the estimator's language. */
    private String reason(Evaluation evaluation, Situation situation) {
        return switch (evaluation.outcome()) {
            case ELIGIBLE -> Phrases.ELIGIBLE.in(language);
            case INELIGIBLE ->
                Phrases.INELIGIBLE.format(
                        language,
                        evaluation.tests().stream()
                                .filter(t -> Boolean.FALSE.equals(t.verdict().passed()))
                                .map(t -> required(t, situation))
                                .findFirst()
                                .orElse(""));
            case MORE_INFO ->
                evaluation.missing().isEmpty()
                        ? Phrases.RULES_UNKNOWN.in(language)
                        : Phrases.MORE_INFO.format(language, String.join(", ", evaluation.missing()));
        };
    }

    /** A rule of the policy that counts for the certificate's date and the benefit taken (any, when none is). */
    private static boolean applies(RuleEntry rule, LocalDate issuedOn, Subsidy benefit) {
        UUID benefitId = rule.rule().benefitId();
        return rule.inForce(issuedOn)
                && (benefitId == null || (benefit != null && benefitId.equals(benefit.publicId())));
    }

    /**
     * The program's policy, then the schemes it is paid under and the policies of the chain paid under any of them,
     * until no more join; each once, in the order they joined.
     */
    private List<PolicyEntry> programPolicies(PolicyEntry program, List<String> chain, LocalDate issuedOn) {
        List<PolicyEntry> set = new ArrayList<>(4);
        set.add(program);
        List<PolicyEntry> local =
                paidUnderSchemes.computeIfAbsent(chain.get(0), code -> policies.paidUnderSchemesIn(chain));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 0; i < set.size(); i++) {
                for (RuleEntry rule : set.get(i).rules()) {
                    String scheme = schemeOf(rule, issuedOn);
                    if (scheme != null && !holds(set, scheme)) {
                        Optional<PolicyEntry> found = policies.find(scheme);
                        if (found.isPresent()) {
                            set.add(found.get());
                            grown = true;
                        }
                    }
                }
            }
            for (PolicyEntry candidate : local) {
                if (!holds(set, candidate.slug()) && paidUnderAny(candidate, set, issuedOn)) {
                    set.add(candidate);
                    grown = true;
                }
            }
        }
        return set;
    }

    /** The scheme a SCHEME rule of the whole policy names, when it is in force; null for any other rule. */
    private static String schemeOf(RuleEntry rule, LocalDate issuedOn) {
        return rule.rule().kind() == RuleKind.SCHEME && applies(rule, issuedOn, null)
                ? rule.rule().schemeId()
                : null;
    }

    private static boolean paidUnderAny(PolicyEntry candidate, List<PolicyEntry> set, LocalDate issuedOn) {
        for (RuleEntry rule : candidate.rules()) {
            String scheme = schemeOf(rule, issuedOn);
            if (scheme != null && holds(set, scheme)) {
                return true;
            }
        }
        return false;
    }

    /** A tested condition as the estimate shows it, worded in the estimator's language. */
    private Check check(Tested tested, Situation situation) {
        RuleEntry entry = tested.rule();
        if (entry == null) {
            return new Check(
                    null,
                    tested.policy().slug(),
                    tested.kind(),
                    null,
                    required(tested, situation),
                    null,
                    List.of(),
                    null,
                    null,
                    null);
        }
        RuleInput rule = entry.rule();
        Verdict verdict = tested.verdict();
        return new Check(
                entry.publicId(),
                entry.policySlug(),
                tested.kind(),
                verdict.passed(),
                required(tested, situation),
                verdict.given(),
                verdict.passed() == null ? verdict.missing() : List.of(),
                language == Language.EN ? rule.text().en() : rule.text().zhCn(),
                rule.sourceId(),
                rule.verification());
    }

    /** What a tested condition requires, in the estimator's language. */
    private String required(Tested tested, Situation situation) {
        if (tested.rule() != null) {
            return Phrases.requirement(tested.rule(), language);
        }
        LocalDate issuedOn = situation.certificateIssuedOn();
        return tested.kind().equals("AMOUNT_RECORDED")
                ? Phrases.AMOUNT_RECORDED.format(language, situation.level(), issuedOn)
                : Phrases.RULES_KNOWN.format(language, title(tested.policy()), issuedOn);
    }

    /** One rule against the situation: passed, failed, or open with the inputs it lacks. */
    private Verdict verdict(RuleEntry entry, PolicyEntry policy, Situation s) {
        RuleInput rule = entry.rule();
        Verdict verdict = Verdicts.of(rule, policy, s, regions);
        if (rule.appliesTo() != null && !Boolean.TRUE.equals(verdict.passed())) {
            ClaimantStatus status = s.employmentStatus();
            if (status == null) {
                List<String> missing = new ArrayList<>(verdict.missing());
                missing.add(0, "employmentStatus");
                verdict = new Verdict(null, verdict.given(), List.copyOf(missing));
            } else if (!rule.appliesTo().contains(status)) {
                verdict = new Verdict(true, status.name(), List.of());
            }
        }
        return verdict;
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
