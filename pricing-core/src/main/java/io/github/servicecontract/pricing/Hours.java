package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;

/**
 * Time billed by the hour, counted in whole minutes. A number of minutes that divides by 3 is an
 * exact decimal number of hours (50 minutes is not: 0.8333...); any number of minutes is priced
 * as {@code rate × minutes / 60}, exactly when that is a finite decimal, otherwise rounded half
 * up to the currency's minor unit, and that rounding is written in the line's trace. For example, 100 minutes at 48.00 an hour is
 * 80.00, exactly; 50 minutes at 55.00 is 45.83.
 *
 * <p>Quantities of such time are hours to {@value #DECIMALS} decimals (0.833333), which a
 * document shows as the time it is (50 min).
 */
final class Hours {

    /** The decimals of an hour quantity that is not exact. */
    static final int DECIMALS = 6;

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigInteger THREE = BigInteger.valueOf(3);

    private Hours() {}

    /**
     * Checks if {@code minutes} are an exact decimal number of hours.
     *
     * @param minutes the minutes
     * @return true if they divide by 3
     */
    static boolean isExact(long minutes) {
        return minutes % 3 == 0;
    }

    /**
     * Returns {@code minutes} in hours: exactly {@code minutes / 60} with as few decimals as the
     * value needs (1, 1.5, 1.25) when they divide by 3, without a division of decimals; otherwise
     * rounded half up to {@value #DECIMALS} decimals.
     *
     * @param minutes the minutes, at least zero
     * @return the hours
     */
    static BigDecimal of(long minutes) {
        if (!isExact(minutes)) {
            return BigDecimal.valueOf(minutes).divide(SIXTY, DECIMALS, RoundingMode.HALF_UP);
        }
        long hundredths = minutes / 3 * 5;
        if (hundredths % 100 == 0) {
            return BigDecimal.valueOf(hundredths / 100);
        }
        return hundredths % 10 == 0 ? BigDecimal.valueOf(hundredths / 10, 1) : BigDecimal.valueOf(hundredths, 2);
    }

    /**
     * Returns the price of {@code minutes} at {@code hourlyRate}, {@code hourlyRate × minutes / 60}:
     * exact when that is a finite decimal (100 minutes at 48.00 is 80.00), otherwise rounded as
     * {@link #rounding} says (50 minutes at 55.00 is 45.83).
     *
     * @param minutes the minutes, at least zero
     * @param hourlyRate the rate of one hour
     * @param currency the currency of the rate
     * @return the price
     */
    static BigDecimal price(long minutes, BigDecimal hourlyRate, CurrencyUnit currency) {
        if (isExact(minutes)) {
            return of(minutes).multiply(hourlyRate);
        }
        BigDecimal product = hourlyRate.multiply(BigDecimal.valueOf(minutes));
        if (divides(product)) {
            return product.divide(SIXTY);
        }
        return product.divide(SIXTY, rounding(currency).increment().scale(), RoundingMode.HALF_UP);
    }

    /**
     * Checks if {@link #price} is exact for these minutes and rate, or rounded.
     *
     * @param minutes the minutes
     * @param hourlyRate the rate of one hour
     * @return true if {@code hourlyRate × minutes / 60} is a finite decimal
     */
    static boolean isPriceExact(long minutes, BigDecimal hourlyRate) {
        return isExact(minutes) || divides(hourlyRate.multiply(BigDecimal.valueOf(minutes)));
    }

    /** A decimal divided by 60 is finite when its unscaled value divides by 3 (60 is 3 × 4 × 5). */
    private static boolean divides(BigDecimal product) {
        return product.unscaledValue().mod(THREE).signum() == 0;
    }

    /**
     * Returns how the price of minutes that are not an exact number of hours is rounded: half up to
     * the currency's minor unit (units for a currency without one), for each line.
     *
     * @param currency the currency
     * @return the rounding
     */
    static Rounding rounding(CurrencyUnit currency) {
        // a currency without a decimal convention (XAU) rounds to units
        return Rounding.toScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
    }
}
