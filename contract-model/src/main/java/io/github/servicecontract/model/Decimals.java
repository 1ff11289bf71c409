package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The library's one grammar of decimal numbers, and the bounds of every decimal it reads or is
 * given: contract files, rate sheets, command-line options and the factories that parse text
 * read numbers with {@link #parse}; factories given a {@link BigDecimal} check it with
 * {@link #requireInBounds}.
 *
 * <p>A decimal is an optional minus sign, ASCII digits, and optionally a dot and more digits:
 * {@code 85}, {@code -108.50}, {@code 0.05}. No exponent ({@code 1e3}), no plus sign, no grouping
 * of thousands, nothing inside but digits and the dot; spaces around it are ignored. It has at
 * most {@value #MAX_INTEGER_DIGITS} digits before the dot and {@value #MAX_DECIMALS} after it
 * (trailing zeros aside), so that no input makes a number whose arithmetic or text takes
 * unbounded time or memory: {@code 1e100000} is refused at once, where it would have been a
 * hundred-thousand-digit price.
 *
 * <p>For example, {@code Decimals.parse("rate", "85.00")} is 85.00, and
 * {@code Decimals.parse("rate", "1,060.00")} is refused: "rate must be a decimal number such as
 * 1234.56 ..., was \"1,060.00\"".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decimals {

    /** The most digits before the decimal point: amounts below a thousand billion. */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** The most digits after the decimal point, trailing zeros aside. */
    public static final int MAX_DECIMALS = 10;

    /** The longest text worth reading: a sign, the digits, the point, and spaces around them. */
    private static final int MAX_TEXT = 64;
    /** Beyond this many digits or this scale, a refused value is written in scientific notation. */
    private static final int SHOWN = 40;

    private static final String RULE = "must be a decimal number such as 1234.56: digits, an optional minus sign and dot, "
            + "at most " + MAX_INTEGER_DIGITS + " digits before the dot and " + MAX_DECIMALS + " after it, no exponent or "
            + "grouping";

    private Decimals() {}

    /**
     * Reads a decimal written in the library's grammar, exactly as written.
     *
     * <p>For example, {@code parse("amount", " 45.00 ")} is 45.00, with its two decimals.
     *
     * @param field what the text is, named in the refusal
     * @param text the text
     * @return the decimal
     * @throws IllegalArgumentException naming the field, the text (shortened when long) and the
     *     grammar, if the text is not a decimal of it
     */
    public static BigDecimal parse(String field, CharSequence text) {
        Objects.requireNonNull(field, "field");
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " " + e.getMessage());
        }
    }

    /**
     * Reads a decimal as {@link #parse(String, CharSequence)} does, for readers that say where
     * the text was themselves: the refusal's message is the rule and the text alone, for example
     * {@code must be a decimal number such as 1234.56: ..., was "4S.00"}.
     *
     * @param text the text
     * @return the decimal
     * @throws IllegalArgumentException if the text is not a decimal of the grammar
     */
    public static BigDecimal parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw refusal(text);
        }
        String trimmed = Checks.withoutSurroundingSpaces(text);
        int start = trimmed.startsWith("-") ? 1 : 0;
        int integerDigits = 0;
        int decimals = -1;
        for (int i = start; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '.' && decimals < 0 && integerDigits > 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9') {
                if (decimals < 0) {
                    integerDigits++;
                } else {
                    decimals++;
                }
            } else {
                throw refusal(text);
            }
        }
        if (integerDigits == 0 || decimals == 0) {
            throw refusal(text);
        }
        BigDecimal value = new BigDecimal(trimmed);
        if (!isInBounds(value)) {
            throw refusal(text);
        }
        return value;
    }

    /**
     * Checks that a decimal is within the library's bounds.
     *
     * <p>For example, {@code requireInBounds("distance", new BigDecimal("1E+100"))} is refused.
     *
     * @param field what the decimal is, named in the refusal
     * @param value the decimal
     * @return the decimal
     * @throws IllegalArgumentException naming the field, the value (shortened) and the bounds, if
     *     it has more than {@value #MAX_INTEGER_DIGITS} digits before the point or
     *     {@value #MAX_DECIMALS} after it
     */
    public static BigDecimal requireInBounds(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, field);
        if (!isInBounds(value)) {
            String shown = value.precision() > SHOWN || Math.abs((long) value.scale()) > SHOWN ? value.toString() : value.toPlainString();
            throw Checks.invalid(field, Checks.shortened(shown), "must have at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_DECIMALS + " after it");
        }
        return value;
    }

    /**
     * Checks if a decimal is within the library's bounds, for the callers that make their refusal
     * themselves.
     *
     * @param value the decimal
     * @return true if it has at most {@value #MAX_INTEGER_DIGITS} digits before the point and
     *     {@value #MAX_DECIMALS} after it, trailing zeros aside
     */
    public static boolean isInBounds(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int precision = value.precision();
        int scale = value.scale();
        if (scale >= 0 && scale <= MAX_DECIMALS && precision - scale <= MAX_INTEGER_DIGITS) {
            return true; // the common case, without stripping
        }
        // precision and scale only, never the digits of a huge value: they are what the bounds guard against
        if (value.signum() == 0) {
            return true;
        }
        if (precision > MAX_INTEGER_DIGITS + MAX_DECIMALS + 32) {
            return false;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_DECIMALS;
    }

    private static IllegalArgumentException refusal(CharSequence text) {
        return new IllegalArgumentException(RULE + ", was \"" + Checks.shortened(text) + "\"");
    }
}
