package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.estimate.SubsidyEstimate.Outcome;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.policy.Policies;
import org.aitrainer.api.policy.Policies.PolicyEntry;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.Policies.Subsidy;
import org.aitrainer.api.policy.RuleInput;
import org.aitrainer.api.policy.RuleKind;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;

/**
 * Assesses a checked situation against the rules and amounts held in a read snapshot, with no text: what the
 * {@link Estimator} then words, whole or in short. Nothing here knows a place or a year: every condition, amount and
 * date comes from the snapshot's records.
 *
 * <p>A program is a policy along the region chain with a certificate subsidy for the level in force on the
 * certificate's issue date. Its conditions are its own rules in force on that date (those of the whole policy, and
 * those of the benefit taken), and, through its SCHEME rules, the rules of the schemes it is paid under. A check that
 * fails makes the program INELIGIBLE; otherwise a check without the input it needs (or a scheme with no rule known
 * for the date) makes it MORE_INFO.
 */
final class Assessor {

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

    record Candidate(Subsidy subsidy, int depth) {}

    private final Policies policies;
    private final Regions regions;

    /** The policies of each region chain paid under a scheme, as a batch asks for the same regions again and again. */
    private final Map<String, List<PolicyEntry>> paidUnderSchemes = new HashMap<>();

    Assessor(ReadSnapshot snapshot) {
        this.policies = snapshot.part(Policies.class);
        this.regions = snapshot.part(Regions.class);
    }

    /** A program evaluated: its policy, its records for the level (the one taken first), and its checks. */
    record Program(PolicyEntry policy, List<Subsidy> ordered, Evaluation evaluation) {

        Subsidy taken() {
            return ordered.isEmpty() ? null : ordered.get(0);
        }
    }

    /** A situation assessed: what the whole estimate and its summary are both worded from. */
    record Assessment(
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

    /**
     * The programs of the region chain for the certificate's date, each evaluated, and the result the estimate takes:
     * the first of those that can be paid in the order {@link #TAKEN_FIRST}.
     */
    Assessment assess(Situation situation) {
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

    static int rank(Verification verification) {
        return switch (verification) {
            case OFFICIAL -> 0;
            case REPORTED -> 1;
            case UNCONFIRMED -> 2;
        };
    }

    /** A condition tested: a rule's verdict, or an open check no rule records (AMOUNT_RECORDED, RULES_KNOWN). */
    record Tested(PolicyEntry policy, RuleEntry rule, String kind, Verdicts.Verdict verdict) {}

    private static final Verdicts.Verdict OPEN = new Verdicts.Verdict(null, null, List.of());

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
                tests.add(new Tested(policy, rule, r.kind().name(), Verdicts.of(rule, policy, situation, regions)));
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
}
