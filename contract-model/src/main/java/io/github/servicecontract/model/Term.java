package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How long a contract runs: a fixed number of months, or open-ended until cancelled.
 *
 * <p>For example, {@code Term.ofMonths(12)} is a one-year term; its text form is {@code "P12M"}
 * (ISO 8601), and an open-ended term's is {@code "open-ended"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Term {

    /**
     * The longest fixed term, ten years: a longer one is no service contract, and would be
     * scheduled as thousands of invoices.
     */
    public static final int MAX_MONTHS = 120;

    private static final Term OPEN_ENDED = new Term(0);
    private static final String OPEN_ENDED_TEXT = "open-ended";

    private final int months;

    private Term(int months) {
        this.months = months;
    }

    /**
     * Obtains a fixed term.
     *
     * @param months the length in months, from one to {@link #MAX_MONTHS}
     * @return the term
     * @throws IllegalArgumentException if {@code months} is less than one or more than {@link #MAX_MONTHS}
     */
    public static Term ofMonths(int months) {
        return new Term(Checks.requireBetween("termMonths", months, 1, MAX_MONTHS));
    }

    /**
     * Obtains a fixed term of whole years, for example {@code Term.ofYears(3)}.
     *
     * @param years the length in years, from one to ten
     * @return the term
     * @throws IllegalArgumentException if {@code years} is less than one or more than ten
     */
    public static Term ofYears(int years) {
        return ofMonths(Checks.requireBetween("termYears", years, 1, MAX_MONTHS / 12) * 12);
    }

    /**
     * Obtains the open-ended term: the contract runs until cancelled.
     *
     * @return the open-ended term
     */
    public static Term openEnded() {
        return OPEN_ENDED;
    }

    /**
     * Obtains a term from the form produced by {@link #toString()}: {@code "P12M"} or
     * {@code "open-ended"}.
     *
     * @param text the text to parse
     * @return the term
     * @throws IllegalArgumentException if the text is neither form, or its months are out of {@link #ofMonths}'s bounds
     */
    public static Term parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        if (value.equals(OPEN_ENDED_TEXT)) {
            return OPEN_ENDED;
        }
        if (value.matches("P[0-9]{1,4}M")) {
            return ofMonths(Integer.parseInt(value.substring(1, value.length() - 1)));
        }
        throw Checks.invalid("term", "\"" + Checks.shortened(text) + "\"", "must be 'P<months>M' or '" + OPEN_ENDED_TEXT + "'");
    }

    /**
     * Checks if the term is open-ended.
     *
     * @return true if the contract runs until cancelled
     */
    public boolean isOpenEnded() {
        return months == 0;
    }

    /**
     * Returns the length in months.
     *
     * @return the months, empty for an open-ended term
     */
    public OptionalInt months() {
        return isOpenEnded() ? OptionalInt.empty() : OptionalInt.of(months);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term && months == ((Term) other).months;
    }

    @Override
    public int hashCode() {
        return months;
    }

    /** Returns {@code "P12M"} for twelve months or {@code "open-ended"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return isOpenEnded() ? OPEN_ENDED_TEXT : "P" + months + "M";
    }
}
