package org.aitrainer.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a benefit history, on periods of days, both ends included, a missing end open. */
class BenefitPeriodTest {

    private static BenefitPeriod period(String from, String to) {
        return new BenefitPeriod(
                from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to));
    }

    @ParameterizedTest(name = "[{0}, {1}] and [{2}, {3}]: {4}")
    @CsvSource(
            emptyValue = "",
            value = {
                "2025-01-01, 2025-12-31, 2025-12-31, 2026-06-30, true", // one shared day
                "2025-01-01, 2025-12-31, 2026-01-01, 2026-06-30, false", // the day after
                "2025-01-01, 2025-02-28, 2025-03-01, '', false", // Shenzhen: 2,000 ends as 2,400 starts
                "2025-03-01, '', 2026-01-01, '', true", // two open-ended amounts
                "'', '', 1990-01-01, 1990-01-01, true", // no dates at all: always in force
                "'', 2024-12-31, 2025-01-01, '', false",
                "'', 2025-01-01, 2025-01-01, '', true",
                "2025-06-01, 2025-06-30, 2025-01-01, 2025-12-31, true" // one inside the other
            })
    void periodsOverlapWhenTheyShareADayInEitherOrder(
            String from, String to, String otherFrom, String otherTo, boolean overlap) {
        assertThat(period(from, to).overlaps(period(otherFrom, otherTo))).isEqualTo(overlap);
        assertThat(period(otherFrom, otherTo).overlaps(period(from, to))).isEqualTo(overlap);
    }

    @ParameterizedTest(name = "[{0}, {1}] replaced from {2}: {3}")
    @CsvSource(
            emptyValue = "",
            value = {
                "2025-01-01, '', 2025-03-01, true", // an open-ended amount that began before
                "'', '', 2025-03-01, true", // an open-ended amount with no known start
                "2025-03-01, '', 2025-03-01, false", // one that begins the same day: a conflict instead
                "2025-06-01, '', 2025-03-01, false", // one that begins later
                "2025-01-01, 2025-12-31, 2025-03-01, false" // one that already ends: a conflict instead
            })
    void aNewAmountReplacesOnlyAnOpenEndedOneThatBeganBefore(String from, String to, String start, boolean replaced) {
        assertThat(period(from, to).isReplacedFrom(LocalDate.parse(start))).isEqualTo(replaced);
    }
}
