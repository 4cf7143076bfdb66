package org.aitrainer.api.policy;

import java.time.LocalDate;

/**
 * When a benefit is in force: from and to, both days included; a missing side is open. The rules of a benefit
 * history are those of its periods: two benefits of the same level and kind may not share a day, except that a new
 * amount ends the open-ended one it replaces on the day before it starts.
 */
record BenefitPeriod(LocalDate from, LocalDate to) {

    static BenefitPeriod of(Benefit benefit) {
        return new BenefitPeriod(benefit.effectiveFrom, benefit.effectiveTo);
    }

    /** True when the two periods share at least one day. */
    boolean overlaps(BenefitPeriod other) {
        return startsBeforeEnd(this, other) && startsBeforeEnd(other, this);
    }

    /** True when a new amount from {@code start} replaces this one: it is open-ended and began before that day. */
    boolean isReplacedFrom(LocalDate start) {
        return to == null && (from == null || from.isBefore(start));
    }

    private static boolean startsBeforeEnd(BenefitPeriod a, BenefitPeriod b) {
        return a.from == null || b.to == null || !a.from.isAfter(b.to);
    }
}
