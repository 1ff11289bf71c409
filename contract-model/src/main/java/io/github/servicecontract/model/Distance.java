package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative road distance in kilometres or miles, such as the distance from the integrator's
 * base to a site or a free travel radius.
 *
 * <p>For example, {@code Distance.ofKilometres(15).toString()} is {@code "15 km"},
 * {@code Distance.ofMiles(26).toString()} is {@code "26 mi"}, and {@code Distance.parse("42.5 km")}
 * reads such a text back. A distance keeps the unit it was given in: nothing converts it silently.
 * Two distances are equal when they have the same unit and the same numeric value, whatever their
 * scale; they are ordered by length (exactly: a mile is 1.609344 km), then kilometres before miles,
 * so that the order is consistent with {@code equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Distance implements Comparable<Distance> {

    /** No distance, in kilometres. */
    public static final Distance ZERO = new Distance(BigDecimal.ZERO, DistanceUnit.KILOMETRE);

    private final BigDecimal value;
    private final DistanceUnit unit;

    private Distance(BigDecimal value, DistanceUnit unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * Obtains a distance in a unit.
     *
     * @param value the distance, at least zero
     * @param unit its unit
     * @return the distance
     * @throws IllegalArgumentException if {@code value} is negative or out of bounds, or has more than four decimals in
     *     miles
     */
    public static Distance of(BigDecimal value, DistanceUnit unit) {
        Objects.requireNonNull(unit, "unit");
        BigDecimal checked = Checks.normalise(Checks.requireNonNegative("distance", Decimals.requireInBounds("distance", value)));
        if (unit == DistanceUnit.MILE && checked.scale() > MAX_MILE_DECIMALS) {
            throw Checks.invalid("distance", value.toPlainString() + " mi", "must have at most " + MAX_MILE_DECIMALS
                    + " decimals in miles (its kilometres keep ten)");
        }
        return new Distance(checked, unit);
    }

    /** The decimals a distance in miles may have: times 1.609344, its kilometres stay within ten decimals. */
    private static final int MAX_MILE_DECIMALS = 4;

    /**
     * Obtains a distance in kilometres.
     *
     * @param kilometres the distance, at least zero
     * @return the distance
     * @throws IllegalArgumentException if {@code kilometres} is negative
     */
    public static Distance ofKilometres(BigDecimal kilometres) {
        return of(kilometres, DistanceUnit.KILOMETRE);
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
     * Obtains a distance in miles.
     *
     * @param miles the distance, at least zero
     * @return the distance
     * @throws IllegalArgumentException if {@code miles} is negative
     */
    public static Distance ofMiles(BigDecimal miles) {
        return of(miles, DistanceUnit.MILE);
    }

    /**
     * Obtains a whole number of miles, for example {@code Distance.ofMiles(26)}.
     *
     * @param miles the distance, at least zero
     * @return the distance
     * @throws IllegalArgumentException if {@code miles} is negative
     */
    public static Distance ofMiles(long miles) {
        return ofMiles(BigDecimal.valueOf(miles));
    }

    /**
     * Obtains a distance from the form produced by {@link #toString()}, such as {@code "42.5 km"}
     * or {@code "26 mi"}. The space before the unit is optional.
     *
     * @param text the text to parse
     * @return the distance
     * @throws IllegalArgumentException if the text does not end with {@code km} or {@code mi} or its
     *     number is invalid or negative
     */
    public static Distance parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = Checks.withoutSurroundingSpaces(text);
        for (DistanceUnit unit : DistanceUnit.values()) {
            if (trimmed.endsWith(unit.symbol())) {
                return of(Checks.parseDecimal("distance", trimmed.substring(0, trimmed.length() - unit.symbol().length())), unit);
            }
        }
        throw Checks.invalid("distance", "\"" + Checks.shortened(text) + "\"", "must end with 'km' or 'mi'");
    }

    /**
     * Returns the distance's number, in its {@linkplain #unit() unit}.
     *
     * @return the number, never negative
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the unit the distance was given in.
     *
     * @return the unit
     */
    public DistanceUnit unit() {
        return unit;
    }

    /**
     * Returns the distance in kilometres, exactly: a distance in miles is multiplied by 1.609344.
     *
     * @return the kilometres, never negative
     */
    public BigDecimal kilometres() {
        return unit == DistanceUnit.KILOMETRE ? value : Checks.normalise(value.multiply(unit.kilometres()));
    }

    /**
     * Returns this distance in another unit, exactly: 26 mi is 41.842944 km, 16.09344 km is 10 mi.
     *
     * @param target the unit wanted
     * @return the same distance in {@code target}; this distance when it is in that unit already
     * @throws IllegalArgumentException if the distance cannot be written exactly in {@code target}
     *     (42 km is 26.0975... mi, without end): give such a distance in the unit it is priced in
     */
    public Distance in(DistanceUnit target) {
        Objects.requireNonNull(target, "target");
        if (target == unit) {
            return this;
        }
        try {
            return of(kilometres().divide(target.kilometres()), target);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw Checks.invalid("distance", this, "cannot be written exactly in " + target.symbol() + " (1 mi = 1.609344 km); give it in "
                    + target.symbol());
        }
    }

    /**
     * Returns the part of this distance beyond {@code radius}, or zero when within it, in this
     * distance's unit.
     *
     * <p>For example, 42 km beyond a free radius of 15 km is 27 km; 10 km beyond it is 0 km.
     *
     * @param radius the radius to subtract, in the same unit
     * @return the distance beyond the radius, never negative
     * @throws IllegalArgumentException if the two distances are in different units
     */
    public Distance beyond(Distance radius) {
        Objects.requireNonNull(radius, "radius");
        requireSameUnit("radius", radius);
        BigDecimal excess = value.subtract(radius.value);
        return excess.signum() <= 0 ? of(BigDecimal.ZERO, unit) : of(excess, unit);
    }

    /**
     * Returns the sum of this distance and {@code other}.
     *
     * @param other the distance to add, in the same unit
     * @return the sum
     * @throws IllegalArgumentException if the two distances are in different units
     */
    public Distance plus(Distance other) {
        Objects.requireNonNull(other, "other");
        requireSameUnit("other", other);
        return of(value.add(other.value), unit);
    }

    private void requireSameUnit(String field, Distance other) {
        if (other.unit != unit) {
            throw Checks.invalid(field, other, "must be in " + unit.symbol() + " as " + this + " is; convert it with in(DistanceUnit) first");
        }
    }

    /**
     * Returns this distance multiplied by a whole factor, for example 2 for a return trip.
     *
     * @param factor the factor, at least zero
     * @return the product, in this distance's unit
     * @throws IllegalArgumentException if {@code factor} is negative
     */
    public Distance multipliedBy(int factor) {
        Checks.requireAtLeast("factor", factor, 0);
        return of(value.multiply(BigDecimal.valueOf(factor)), unit);
    }

    /**
     * Checks if this distance is longer than {@code other}, whatever their units.
     *
     * @param other the distance to compare to
     * @return true if strictly longer
     */
    public boolean isGreaterThan(Distance other) {
        Objects.requireNonNull(other, "other");
        return kilometres().compareTo(other.kilometres()) > 0;
    }

    /**
     * Checks if this distance is zero.
     *
     * @return true if no distance
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Distance other) {
        int byLength = kilometres().compareTo(other.kilometres());
        return byLength != 0 ? byLength : unit.compareTo(other.unit);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Distance && unit == ((Distance) other).unit && value.equals(((Distance) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + unit.ordinal();
    }

    /** Returns the distance as text, for example {@code "42.5 km"} or {@code "26 mi"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}
