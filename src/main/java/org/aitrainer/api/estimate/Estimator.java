package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.estimate.SubsidyEstimate.Award;
import org.aitrainer.api.estimate.SubsidyEstimate.Check;
import org.aitrainer.api.estimate.SubsidyEstimate.Outcome;
import org.aitrainer.api.estimate.SubsidyEstimate.Result;
import org.aitrainer.api.estimate.SubsidyEstimate.Uplift;
import org.aitrainer.api.policy.Policies.PolicyEntry;
import org.aitrainer.api.policy.Policies.RuleEntry;
import org.aitrainer.api.policy.Policies.Subsidy;
import org.aitrainer.api.policy.RuleInput;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;

/**
 * Words an {@link Assessor}'s assessment of a situation in one language: the whole estimate, each check and reason
 * with its requirement and source, or the short summary a batch answers with.
 */
final class Estimator {

    private final ReadSnapshot snapshot;
    private final Regions regions;
    private final Language language;
    private final Assessor assessor;

    Estimator(ReadSnapshot snapshot, Language language) {
        this.snapshot = snapshot;
        this.regions = snapshot.part(Regions.class);
        this.language = language;
        this.assessor = new Assessor(snapshot);
    }

    /** The whole estimate, every check and reason worded in the estimator's language. */
    SubsidyEstimate estimate(Situation situation) {
        Assessor.Assessment assessment = assessor.assess(situation);
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
        for (Assessor.Program program : assessment.programs()) {
            Assessor.Evaluation evaluation = program.evaluation();
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
            for (Assessor.Tested tested : evaluation.tests()) {
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
        Assessor.Assessment assessment = assessor.assess(situation);
        String selected = assessment.selected();
        List<EstimateBatch.ResultSummary> results =
                new ArrayList<>(assessment.programs().size());
        for (Assessor.Program program : assessment.programs()) {
            Assessor.Evaluation evaluation = program.evaluation();
            List<EstimateBatch.FailedCheck> failed = new ArrayList<>(2);
            for (Assessor.Tested tested : evaluation.tests()) {
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

    private String title(PolicyEntry policy) {
        return policy.view().in(language).title();
    }

    /** Why a result that could be paid is not the one taken. */
    private String notTaken(Subsidy taken, Subsidy own) {
        boolean surer = Assessor.rank(taken.verification()) < Assessor.rank(own.verification());
        return surer
                ? Phrases.NOT_TAKEN_SURER.format(
                        language, title(taken.policy()), taken.verification(), own.verification())
                : Phrases.NOT_TAKEN_LOCAL.format(language, title(taken.policy()));
    }

    private String selection(Assessor.Assessment assessment) {
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

    /** Why the program's outcome is what it is, in the estimator's language. */
    private String reason(Assessor.Evaluation evaluation, Situation situation) {
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

    /** A tested condition as the estimate shows it, worded in the estimator's language. */
    private Check check(Assessor.Tested tested, Situation situation) {
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
        Verdicts.Verdict verdict = tested.verdict();
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
    private String required(Assessor.Tested tested, Situation situation) {
        if (tested.rule() != null) {
            return tested.rule().requirement().in(language);
        }
        LocalDate issuedOn = situation.certificateIssuedOn();
        return tested.kind().equals("AMOUNT_RECORDED")
                ? Phrases.AMOUNT_RECORDED.format(language, situation.level(), issuedOn)
                : Phrases.RULES_KNOWN.format(language, title(tested.policy()), issuedOn);
    }
}
