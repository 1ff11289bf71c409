package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative road distance in kilometres, such as the distance from the integrator's base
 * to a site or a free travel radius.
 *
 * <p>For example, {@code Distance.ofKilometres(15).toString()} is {@code "15 km"}, and
 * {@code Distance.parse("42.5 km")} reads such a text back. Two distances are equal when they
 * have the same numeric value, whatever their scale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Distance implements Comparable<Distance> {

    /** No distance. */
    public static final Distance ZERO = new Distance(BigDecimal.ZERO);

    private static final String UNIT = "km";

    private final BigDecimal kilometres;

    private Distance(BigDecimal kilometres) {
        this.kilometres = kilometres;
    }

    /**
     * Obtains a distance in kilometres.
     *
     * @param kilometres the distance, at least zero
     * @return the distance
     * @throws IllegalArgumentException if {@code kilometres} is negative
     */
    public static Distance ofKilometres(BigDecimal kilometres) {
        return new Distance(Checks.normalise(Checks.requireNonNegative("distance",
                Decimals.requireInBounds("distance", kilometres))));
    }

    /**
     * Obtains a whole number of kilometres, for example {@code Distance.ofKilometres(15)}.
     *
     * @param kilometres the distance, at least zero
     * @return the distance
     * @throws IllegalArgumentException if {@code kilometres} is negative
     */
    public static Distance ofKilometres(long kilometres) {
        return ofKilometres(BigDecimal.valueOf(kilometres));
    }

    /**
     * Obtains a distance from the form produced by {@link #toString()}, such as {@code "42.5 km"}.
     * The space before the unit is optional.
     *
     * @param text the text to parse
     * @return the distance
     * @throws IllegalArgumentException if the text does not end with {@code km} or its number is
     *     invalid or negative
     */
    public static Distance parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = Checks.withoutSurroundingSpaces(text);
        if (!trimmed.endsWith(UNIT)) {
            throw Checks.invalid("distance", "\"" + Checks.shortened(text) + "\"", "must end with '" + UNIT + "'");
        }
        return ofKilometres(Checks.parseDecimal("distance", trimmed.substring(0, trimmed.length() - UNIT.length())));
    }

    /**
     * Returns the distance in kilometres.
     *
     * @return the kilometres, never negative
     */
    public BigDecimal kilometres() {
        return kilometres;
    }

    /**
     * Returns the part of this distance beyond {@code radius}, or zero when within it.
     *
     * <p>For example, 42 km beyond a free radius of 15 km is 27 km; 10 km beyond it is 0 km.
     *
     * @param radius the radius to subtract
     * @return the distance beyond the radius, never negative
     */
    public Distance beyond(Distance radius) {
        Objects.requireNonNull(radius, "radius");
        BigDecimal excess = kilometres.subtract(radius.kilometres);
        return excess.signum() <= 0 ? ZERO : ofKilometres(excess);
    }

    /**
     * Returns the sum of this distance and {@code other}.
     *
     * @param other the distance to add
     * @return the sum
     */
    public Distance plus(Distance other) {
        Objects.requireNonNull(other, "other");
        return ofKilometres(kilometres.add(other.kilometres));
    }

    /**
     * Returns this distance multiplied by a whole factor, for example 2 for a return trip.
     *
     * @param factor the factor, at least zero
     * @return the product
     * @throws IllegalArgumentException if {@code factor} is negative
     */
    public Distance multipliedBy(int factor) {
        Checks.requireAtLeast("factor", factor, 0);
        return ofKilometres(kilometres.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Checks if this distance is greater than {@code other}.
     *
     * @param other the distance to compare to
     * @return true if strictly greater
     */
    public boolean isGreaterThan(Distance other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Distance other) {
        return kilometres.compareTo(other.kilometres);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Distance && kilometres.equals(((Distance) other).kilometres);
    }

    @Override
    public int hashCode() {
        return kilometres.hashCode();
    }

    /** Returns the distance as text, for example {@code "42.5 km"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return kilometres.toPlainString() + " " + UNIT;
    }
}
