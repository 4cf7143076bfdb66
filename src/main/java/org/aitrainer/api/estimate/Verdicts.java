package org.aitrainer.api.estimate;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.aitrainer.api.occupation.Occupation;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.policy.ClaimantStatus;
import org.aitrainer.api.policy.PlaceBasis;
import org.aitrainer.api.policy.Policies.PolicyEntry;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.RuleInput;
import org.aitrainer.api.region.Regions;

/** How each kind of rule reads a situation: the one place that knows what a kind of rule asks of a person. */
final class Verdicts {

    private Verdicts() {}

    /** A rule's result: passed, failed, or open (null) with the inputs it lacks. */
    record Verdict(Boolean passed, String given, List<String> missing) {

        static Verdict of(boolean passed, Object given) {
            return new Verdict(passed, given == null ? null : given.toString(), List.of());
        }

        static Verdict missing(String... fields) {
            return new Verdict(null, null, List.of(fields));
        }
    }

    /**
     * One rule of a policy against the situation: passed, failed, or open with the inputs it lacks. A rule for some
     * claimants alone (appliesTo) passes for the others, and stays open while the status is not given.
     */
    static Verdict of(RuleEntry entry, PolicyEntry policy, Situation s, Regions regions) {
        RuleInput rule = entry.rule();
        Verdict verdict = reading(rule, policy, s, regions);
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

    private static Verdict reading(RuleInput rule, PolicyEntry policy, Situation s, Regions regions) {
        List<Situation.PreviousSubsidy> previous = s.previousSubsidies() == null ? List.of() : s.previousSubsidies();
        return switch (rule.kind()) {
            case MIN_INSURED_MONTHS ->
                s.insuredMonths() == null
                        ? Verdict.missing("insuredMonths")
                        : Verdict.of(s.insuredMonths() >= rule.months(), s.insuredMonths());
            case CERTIFICATE_ISSUED_FROM ->
                Verdict.of(!s.certificateIssuedOn().isBefore(rule.issuedFrom()), s.certificateIssuedOn());
            case APPLY_WITHIN_MONTHS ->
                Verdict.of(!s.applyingOn().isAfter(s.certificateIssuedOn().plusMonths(rule.months())), s.applyingOn());
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
                                .noneMatch(p -> Occupation.AI_TRAINER.equals(p.occupationCode())
                                        && p.kindOrDefault() == BenefitKind.CERTIFICATE_SUBSIDY
                                        && s.level().equals(p.level())),
                        previous.size());
            case MAX_PER_YEAR -> perYear(rule, s, previous);
            case NO_LOWER_AFTER_HIGHER ->
                Verdict.of(
                        previous.stream()
                                .noneMatch(p -> Occupation.AI_TRAINER.equals(p.occupationCode())
                                        && p.kindOrDefault() == BenefitKind.CERTIFICATE_SUBSIDY
                                        && p.level() != null
                                        && p.level() < s.level()),
                        previous.size());
            case NOT_COMBINED_WITH ->
                Verdict.of(
                        previous.stream()
                                .noneMatch(p -> Occupation.AI_TRAINER.equals(p.occupationCode())
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
                    s.employmentStatus() == null ? null : s.employmentStatus() == ClaimantStatus.REGISTERED_UNEMPLOYED;
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
