package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * How amounts are rounded, and where: to a number of decimals or to a cash increment (such as
 * Swiss francs to 0.05), with an explicit rounding mode, applied to each line or once on the
 * total.
 *
 * <p>Rounding to an increment is symmetric around zero: with {@link RoundingMode#HALF_UP},
 * CHF 1.04 rounds to 1.05 and CHF -1.04 to -1.05; CHF -1.08 rounds to -1.10.
 *
 * <p>For example, {@code Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP,
 * Rounding.Step.ON_TOTAL).apply(new BigDecimal("1681.93"))} is {@code 1681.95}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rounding {

    private final BigDecimal increment;
    private final RoundingMode mode;
    private final Step step;
    /** The increment is a power of ten, such as 0.01: checked once, not on every line. */
    private final boolean powerOfTen;

    private Rounding(BigDecimal increment, RoundingMode mode, Step step) {
        this.increment = increment;
        this.powerOfTen = increment.unscaledValue().equals(BigInteger.ONE);
        this.mode = mode;
        this.step = step;
    }

    /**
     * Obtains a rounding to {@code scale} decimals.
     *
     * @param scale the number of decimals, 0 to 9
     * @param mode how ties and remainders are rounded
     * @param step where the rounding applies
     * @return the rounding
     * @throws IllegalArgumentException if {@code scale} is outside 0 to 9
     */
    public static Rounding toScale(int scale, RoundingMode mode, Step step) {
        if (scale < 0 || scale > 9) {
            throw new IllegalArgumentException("scale must be between 0 and 9, was " + scale);
        }
        return of(BigDecimal.ONE.movePointLeft(scale), mode, step);
    }

    /**
     * Obtains a rounding to the currency's usual decimals, for example 2 for EUR and 0 for JPY.
     *
     * @param currency the currency
     * @param mode how ties and remainders are rounded
     * @param step where the rounding applies
     * @return the rounding
     * @throws IllegalArgumentException if the currency has no decimal convention
     */
    public static Rounding toCurrency(CurrencyUnit currency, RoundingMode mode, Step step) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency must have default fraction digits, was " + currency.getCurrencyCode());
        }
        return toScale(digits, mode, step);
    }

    /**
     * Obtains a rounding to a cash increment, for example 0.05 for Swiss francs.
     *
     * @param increment the smallest payable step, greater than zero
     * @param mode how ties and remainders are rounded
     * @param step where the rounding applies
     * @return the rounding
     * @throws IllegalArgumentException if {@code increment} is not greater than zero
     */
    public static Rounding toIncrement(BigDecimal increment, RoundingMode mode, Step step) {
        Objects.requireNonNull(increment, "increment");
        if (increment.signum() <= 0) {
            throw new IllegalArgumentException("increment must be > 0, was " + increment.toPlainString());
        }
        return of(increment.stripTrailingZeros(), mode, step);
    }

    private static Rounding of(BigDecimal increment, RoundingMode mode, Step step) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(step, "step");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("mode must round, was UNNECESSARY");
        }
        return new Rounding(increment.scale() < 0 ? increment.setScale(0) : increment, mode, step);
    }

    /**
     * Rounds {@code value} to this rounding's increment.
     *
     * @param value the exact value
     * @return the rounded value, with the increment's scale
     */
    public BigDecimal apply(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (powerOfTen) {
            return value.setScale(increment.scale(), mode); // the same as the division below, without one
        }
        BigDecimal steps = value.divide(increment, 0, mode);
        return steps.multiply(increment);
    }

    /**
     * Checks if {@code value} is already a multiple of this rounding's increment.
     *
     * @param value the value
     * @return true if rounding would not change it
     */
    public boolean isRounded(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (powerOfTen) {
            // a power of ten such as 0.01: no more decimals than it, or only zeros beyond them; no division
            return value.scale() <= increment.scale()
                    || value.setScale(increment.scale(), RoundingMode.DOWN).compareTo(value) == 0;
        }
        return value.remainder(increment).signum() == 0;
    }

    /** Returns the smallest step amounts are rounded to, for example 0.01 or 0.05. */
    public BigDecimal increment() {
        return increment;
    }

    /** Returns the rounding mode. */
    public RoundingMode mode() {
        return mode;
    }

    /** Returns where the rounding applies. */
    public Step step() {
        return step;
    }

    /**
     * Returns a copy of this rounding applied at another step.
     *
     * @param step where the rounding applies
     * @return the changed copy
     */
    public Rounding withStep(Step step) {
        return of(increment, mode, step);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rounding && increment.equals(((Rounding) other).increment)
                && mode == ((Rounding) other).mode && step == ((Rounding) other).step;
    }

    @Override
    public int hashCode() {
        return Objects.hash(increment, mode, step);
    }

    /** Returns a description such as {@code "0.05 HALF_UP ON_TOTAL"}. */
    @Override
    public String toString() {
        return increment.toPlainString() + " " + mode + " " + step;
    }

    /** Where a rounding applies. */
    public enum Step {
        /** Each line's amount is rounded; the total is the sum of rounded lines. */
        PER_LINE,
        /** Lines keep their exact amounts; the total is rounded once. */
        ON_TOTAL
    }
}
