package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative factor applied to a rate or an amount, such as a time band's 1.5x or a
 * complexity factor.
 *
 * <p>For example, {@code Multiplier.parse("1.5x")} raises 90.00 to 135.00. Two multipliers are
 * equal when they have the same numeric value: {@code 1.5x} equals {@code 1.50x}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Multiplier implements Comparable<Multiplier> {

    /** The neutral factor, 1x. */
    public static final Multiplier ONE = new Multiplier(BigDecimal.ONE);

    private final BigDecimal factor;

    private Multiplier(BigDecimal factor) {
        this.factor = factor;
    }

    /**
     * Obtains a multiplier.
     *
     * @param factor the factor, at least zero
     * @return the multiplier
     * @throws IllegalArgumentException if {@code factor} is negative
     */
    public static Multiplier of(BigDecimal factor) {
        return new Multiplier(Checks.normalise(Checks.requireNonNegative("multiplier",
                Decimals.requireInBounds("multiplier", factor))));
    }

    /**
     * Obtains a multiplier from a decimal text, for example {@code Multiplier.of("1.5")}.
     *
     * @param factor the factor as a decimal number, at least zero
     * @return the multiplier
     * @throws IllegalArgumentException if the text is not a decimal number or is negative
     */
    public static Multiplier of(String factor) {
        Objects.requireNonNull(factor, "multiplier");
        return of(Decimals.parse("multiplier", factor));
    }

    /**
     * Obtains a multiplier from the form produced by {@link #toString()}, such as {@code "1.5x"}.
     *
     * @param text the text to parse
     * @return the multiplier
     * @throws IllegalArgumentException if the text does not end with {@code x} or its number is
     *     invalid
     */
    public static Multiplier parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = Checks.withoutSurroundingSpaces(text);
        if (!trimmed.endsWith("x")) {
            throw Checks.invalid("multiplier", "\"" + Checks.shortened(text) + "\"", "must end with 'x'");
        }
        return of(trimmed.substring(0, trimmed.length() - 1));
    }

    /** Returns the factor, for example {@code 1.5}. */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * Returns {@code value} multiplied by this factor, exactly.
     *
     * @param value the value
     * @return the product
     */
    public BigDecimal applyTo(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.multiply(factor);
    }

    /**
     * Checks if this is the neutral factor 1x.
     *
     * @return true if multiplying by it changes nothing
     */
    public boolean isOne() {
        return factor.compareTo(BigDecimal.ONE) == 0;
    }

    @Override
    public int compareTo(Multiplier other) {
        return factor.compareTo(other.factor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Multiplier && factor.equals(((Multiplier) other).factor);
    }

    @Override
    public int hashCode() {
        return factor.hashCode();
    }

    /** Returns the factor followed by {@code x}, for example {@code "1.5x"}. */
    @Override
    public String toString() {
        return factor.toPlainString() + "x";
    }
}
