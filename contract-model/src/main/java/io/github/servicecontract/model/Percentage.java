package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative percentage, such as a discount, a tax rate or an annual escalation.
 *
 * <p>The value is kept as an exact decimal: {@code Percentage.of("12.5")} is twelve and a half
 * per cent, never a binary approximation. Two percentages are equal when they have the same
 * numeric value, whatever their scale: {@code 5%} equals {@code 5.00%}.
 *
 * <p>For example, {@code Percentage.parse("20%").fraction()} is {@code 0.20}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

    /** No per cent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** One hundred per cent. */
    public static final Percentage ONE_HUNDRED = new Percentage(BigDecimal.valueOf(100));

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        this.value = value;
    }

    /**
     * Obtains a percentage from its value in per cent.
     *
     * <p>For example, {@code Percentage.of(new BigDecimal("12.5"))} is 12.5 %.
     *
     * @param percent the value in per cent, at least zero
     * @return the percentage
     * @throws IllegalArgumentException if {@code percent} is negative
     */
    public static Percentage of(BigDecimal percent) {
        return new Percentage(Checks.normalise(Checks.requireNonNegative("percentage",
                Decimals.requireInBounds("percentage", percent))));
    }

    /**
     * Obtains a whole percentage, for example {@code Percentage.of(20)} for 20 %.
     *
     * @param percent the value in per cent, at least zero
     * @return the percentage
     * @throws IllegalArgumentException if {@code percent} is negative
     */
    public static Percentage of(long percent) {
        return of(BigDecimal.valueOf(percent));
    }

    /**
     * Obtains a percentage from a decimal text in per cent, for example {@code "8.1"}.
     *
     * @param percent the value in per cent as a decimal number, at least zero
     * @return the percentage
     * @throws IllegalArgumentException if the text is not a decimal number or is negative
     */
    public static Percentage of(String percent) {
        Objects.requireNonNull(percent, "percentage");
        return of(Checks.parseDecimal("percentage", percent));
    }

    /**
     * Obtains a percentage from the form produced by {@link #toString()}, such as {@code "12.5%"}.
     * A space before the sign is accepted ({@code "12.5 %"}).
     *
     * @param text the text to parse
     * @return the percentage
     * @throws IllegalArgumentException if the text does not end with {@code %} or its number is
     *     invalid
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = Checks.withoutSurroundingSpaces(text);
        if (!trimmed.endsWith("%")) {
            throw Checks.invalid("percentage", "\"" + Checks.shortened(text) + "\"", "must end with '%'");
        }
        return of(Checks.parseDecimal("percentage", trimmed.substring(0, trimmed.length() - 1)));
    }

    /**
     * Returns the value in per cent, for example {@code 12.5} for 12.5 %.
     *
     * @return the value in per cent, never negative
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns this percentage as a fraction of one, for example {@code 0.125} for 12.5 %.
     *
     * @return the fraction, exact
     */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /**
     * Checks if this percentage is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Checks if this percentage is greater than {@code other}.
     *
     * @param other the percentage to compare to
     * @return true if strictly greater
     */
    public boolean isGreaterThan(Percentage other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percentage && value.equals(((Percentage) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the percentage as text, for example {@code "12.5%"}; {@link #parse} reads it back.
     */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
