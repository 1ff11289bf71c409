package io.github.servicecontract.model.internal;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Term;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The one way the library's readers (contract files, work logs, the command line's options) read a day: ISO, a real
 * calendar day, within the years the holiday calendars know.
 *
 * <p>Not an API: see {@link Checks}.
 */
public final class Dates {

    /** The first day read: the first a contract may start on. */
    public static final LocalDate FIRST = ContractTerms.FIRST_START;
    /** The last day read: the last of the longest term starting on the last day a contract may start. */
    public static final LocalDate LAST = ContractTerms.LAST_START.plusMonths(Term.MAX_MONTHS);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /**
     * Reads a day written as {@code 2026-01-01}.
     *
     * @throws IllegalArgumentException naming the rule and the text, if it is not such a day, or is out of the years read
     */
    public static LocalDate parse(String text) {
        LocalDate day;
        try {
            day = text.length() != 10 ? null : isDigits(text) ? LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
                    : LocalDate.parse(text, ISO);
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null || day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new IllegalArgumentException("must be an ISO date such as 2026-01-01, a day of the calendar between " + FIRST
                    + " and " + LAST + ", was \"" + Checks.shortened(text) + "\"");
        }
        return day;
    }

    /** Whether the text is {@code dddd-dd-dd}, which the ISO pattern reads as {@link LocalDate#of} does, without its parser. */
    private static boolean isDigits(String text) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
