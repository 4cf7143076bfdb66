package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aitrainer.api.core.RegionCodes;
import org.aitrainer.api.http.problem.Problem.FieldError;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.region.Regions;
import org.aitrainer.api.snapshot.ReadSnapshot;
import org.aitrainer.api.worktype.WorkTypes;

/**
 * Checks a situation before it is evaluated. Each field that is out of range, unknown or in contradiction with
 * another is named by its JSON path in the request (behind a prefix, for a row of a batch); a field that is merely
 * absent is not an error unless the estimate cannot start without it.
 */
final class SituationCheck {

    static final int MAX_PREVIOUS = 100;
    static final int MAX_INSURED_MONTHS = 1200;

    private static final Pattern OCCUPATION_CODE = Pattern.compile("^[1-8](-[0-9]{2}){3}$");

    private SituationCheck() {}

    /** The situation with its defaults, or the errors that stop it. */
    record Checked(Situation situation, List<FieldError> errors) {}

    static Checked check(Situation s, ReadSnapshot snapshot, LocalDate today, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Regions regions = snapshot.part(Regions.class);
        if (s.region() == null) {
            errors.add(new FieldError(prefix + "region", "is required: a region code such as 440300, or CN"));
        } else if (!RegionCodes.isWellFormed(s.region())) {
            errors.add(new FieldError(prefix + "region", "must be CN or a six-digit GB/T 2260 code"));
        } else if (regions.find(s.region()).isEmpty()) {
            errors.add(new FieldError(prefix + "region", "names no known region; GET /api/v1/regions lists them"));
        }
        if (s.level() == null) {
            errors.add(new FieldError(prefix + "level", "is required: an integer from 1 to 5"));
        } else if (s.level() < 1 || s.level() > 5) {
            errors.add(new FieldError(prefix + "level", "must be an integer from 1 to 5"));
        }
        if (s.workType() != null
                && snapshot.part(WorkTypes.class).find(s.workType()).isEmpty()) {
            errors.add(
                    new FieldError(prefix + "workType", "names no known work type; GET /api/v1/work-types lists them"));
        }
        LocalDate applyingOn = s.applyingOn() == null ? today : s.applyingOn();
        if (s.certificateIssuedOn() == null) {
            errors.add(new FieldError(prefix + "certificateIssuedOn", "is required: the certificate's issue date"));
        } else if (s.certificateIssuedOn().isAfter(applyingOn)) {
            errors.add(new FieldError(
                    prefix + "certificateIssuedOn",
                    s.applyingOn() == null
                            ? "must not be after today (Asia/Shanghai), the default applyingOn"
                            : "must not be after applyingOn"));
        }
        if (s.insuredMonths() != null && (s.insuredMonths() < 0 || s.insuredMonths() > MAX_INSURED_MONTHS)) {
            errors.add(new FieldError(prefix + "insuredMonths", "must be an integer from 0 to " + MAX_INSURED_MONTHS));
        }
        if (s.birthDate() != null) {
            if (s.birthDate().isAfter(today)) {
                errors.add(new FieldError(prefix + "birthDate", "must not be in the future"));
            } else if (s.birthDate().isAfter(applyingOn)) {
                errors.add(new FieldError(prefix + "birthDate", "must be before applyingOn"));
            } else if (s.birthDate().isBefore(applyingOn.minusYears(130))) {
                errors.add(new FieldError(prefix + "birthDate", "must be within 130 years of applyingOn"));
            }
        }
        if (s.hukouRegion() != null
                && (!RegionCodes.isWellFormed(s.hukouRegion())
                        || regions.find(s.hukouRegion()).isEmpty())) {
            errors.add(new FieldError(prefix + "hukouRegion", "names no known region; GET /api/v1/regions lists them"));
        }
        List<Situation.PreviousSubsidy> previous = s.previousSubsidies();
        if (previous != null) {
            if (previous.size() > MAX_PREVIOUS) {
                errors.add(
                        new FieldError(prefix + "previousSubsidies", "must have at most " + MAX_PREVIOUS + " items"));
            } else {
                for (int i = 0; i < previous.size(); i++) {
                    previous(previous.get(i), applyingOn, prefix + "previousSubsidies[" + i + "]", errors);
                }
            }
        }
        Situation checked = new Situation(
                s.region(),
                s.level(),
                s.workType(),
                s.certificateIssuedOn(),
                applyingOn,
                s.insuredMonths(),
                s.employmentStatus(),
                s.birthDate(),
                s.sex(),
                s.hukouRegion(),
                s.recentGraduate(),
                s.urgentlyNeededOccupation(),
                previous == null ? List.of() : previous);
        return new Checked(checked, errors);
    }

    private static void previous(
            Situation.PreviousSubsidy p, LocalDate applyingOn, String path, List<FieldError> errors) {
        if (p == null) {
            errors.add(new FieldError(path, "must be an object"));
            return;
        }
        if (p.occupationCode() == null
                || !OCCUPATION_CODE.matcher(p.occupationCode()).matches()) {
            errors.add(new FieldError(path + ".occupationCode", "is required: an occupation code such as 4-04-05-05"));
        }
        if (p.level() == null || p.level() < 1 || p.level() > 5) {
            errors.add(new FieldError(path + ".level", "is required: an integer from 1 to 5"));
        }
        if (p.receivedOn() == null) {
            errors.add(new FieldError(path + ".receivedOn", "is required: the date it was received"));
        } else if (p.receivedOn().isAfter(applyingOn)) {
            errors.add(new FieldError(path + ".receivedOn", "must not be after applyingOn"));
        }
        if (p.kind() != null
                && p.kind() != BenefitKind.CERTIFICATE_SUBSIDY
                && p.kind() != BenefitKind.TRAINING_SUBSIDY) {
            errors.add(new FieldError(path + ".kind", "must be CERTIFICATE_SUBSIDY or TRAINING_SUBSIDY"));
        }
    }
}
