package org.aitrainer.api.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Calendar dates as the API reads them, in query parameters and in bodies alike: ISO 8601, YYYY-MM-DD. */
public final class IsoDates {

    /** YYYY-MM-DD with a year of exactly four digits, for a date that exists; in parameters and in bodies alike. */
    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {}

    /**
     * A date as {@link #FORMAT} reads it, in parameters and in bodies alike.
     *
     * @throws DateTimeException when the text is not such a date, or names a day that does not exist
     */
    public static LocalDate parse(String text) {
        return isAsciiDateShape(text)
                ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                : LocalDate.parse(text, FORMAT);
    }

    /** dddd-dd-dd in ASCII digits: the common case, read without the formatter, which accepts nothing else. */
    private static boolean isAsciiDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
