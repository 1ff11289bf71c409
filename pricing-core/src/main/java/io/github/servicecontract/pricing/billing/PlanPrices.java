package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The price of one plan for each billing frequency it is offered at, and what paying less often
 * saves against paying monthly.
 *
 * <p>For example, DOMAIN.md example 5: 56.00 a month (672.00 a year), 165.00 a quarter (660.00)
 * and 612.00 a year: annual saves 8.93 % against monthly, quarterly 1.79 %.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanPrices {

    private final Map<BillingFrequency, MonetaryAmount> prices;
    private final CurrencyUnit currency;

    private PlanPrices(Map<BillingFrequency, MonetaryAmount> prices, CurrencyUnit currency) {
        this.prices = prices;
        this.currency = currency;
    }

    /**
     * Obtains plan prices.
     *
     * @param pricePerPeriod the price of one billing period at each frequency offered, in one
     *     currency, monthly among them
     * @return the prices
     * @throws IllegalArgumentException if monthly is missing, a price is negative, or the prices
     *     are in several currencies
     */
    public static PlanPrices of(Map<BillingFrequency, MonetaryAmount> pricePerPeriod) {
        Objects.requireNonNull(pricePerPeriod, "pricePerPeriod");
        MonetaryAmount monthly = pricePerPeriod.get(BillingFrequency.MONTHLY);
        if (monthly == null) {
            throw Checks.invalid("pricePerPeriod", pricePerPeriod.keySet(), "must include MONTHLY");
        }
        Map<BillingFrequency, MonetaryAmount> copy = new EnumMap<>(BillingFrequency.class);
        pricePerPeriod.forEach((frequency, price) -> {
            Amounts.requireCurrency("pricePerPeriod[" + frequency + "]", price, "the MONTHLY price's", monthly.getCurrency());
            if (price.isNegative()) {
                throw Checks.invalid("pricePerPeriod[" + frequency + "]", price, "must be >= 0");
            }
            copy.put(frequency, price);
        });
        if (monthly.isZero()) {
            throw Checks.invalid("pricePerPeriod[MONTHLY]", monthly, "must be > 0");
        }
        return new PlanPrices(Collections.unmodifiableMap(copy), monthly.getCurrency());
    }

    /** Returns the price per period of each frequency offered. */
    public Map<BillingFrequency, MonetaryAmount> pricePerPeriod() {
        return prices;
    }

    /**
     * Returns what a year costs at {@code frequency}: the period price times the periods.
     *
     * @param frequency a frequency offered
     * @return the price of a year
     * @throws IllegalArgumentException if the frequency is not offered
     */
    public MonetaryAmount perYear(BillingFrequency frequency) {
        return Amounts.of(decimalPerYear(frequency), currency);
    }

    /**
     * Returns what paying at {@code frequency} saves against paying monthly, as a percentage of
     * the monthly plan's year, rounded half up to two decimals.
     *
     * <p>For example, 612.00 a year against 56.00 a month saves 8.93 %.
     *
     * @param frequency a frequency offered
     * @return the saving, zero when it costs as much or more
     * @throws IllegalArgumentException if the frequency is not offered
     */
    public Percentage savingsVersusMonthly(BillingFrequency frequency) {
        BigDecimal monthly = decimalPerYear(BillingFrequency.MONTHLY);
        BigDecimal saved = monthly.subtract(decimalPerYear(frequency));
        if (saved.signum() <= 0) {
            return Percentage.ZERO;
        }
        return Percentage.of(saved.multiply(BigDecimal.valueOf(100)).divide(monthly, 2, RoundingMode.HALF_UP));
    }

    private BigDecimal decimalPerYear(BillingFrequency frequency) {
        MonetaryAmount price = prices.get(Objects.requireNonNull(frequency, "frequency"));
        if (price == null) {
            throw Checks.invalid("frequency", frequency, "must be one of the plan's " + prices.keySet());
        }
        return Amounts.decimal("pricePerPeriod[" + frequency + "]", price, "the plan's", currency)
                .multiply(BigDecimal.valueOf(frequency.periodsPerYear()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanPrices && prices.equals(((PlanPrices) other).prices);
    }

    @Override
    public int hashCode() {
        return prices.hashCode();
    }

    @Override
    public String toString() {
        return "PlanPrices" + Checks.describe(prices);
    }
}
