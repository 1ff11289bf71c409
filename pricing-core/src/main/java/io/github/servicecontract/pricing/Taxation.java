package io.github.servicecontract.pricing;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * How tax is added to a tax-exclusive amount and how the result is rounded for payment: the one
 * place where quotes, billing schedules and documents compute tax.
 *
 * <p>The tax-exclusive amount is taken at the currency's decimals (a quote priced more finely is
 * rounded half up, once, as its invoices are), the tax is the rate times it, rounded once, half
 * up, to the currency's decimals ({@link TaxRate#taxOn}). With cash rounding in the amount's
 * currency, the tax-inclusive amount is then rounded, half up, to a multiple of the cash step, as
 * Swiss francs are paid in multiples of 5 Rappen; amounts in other currencies are not.
 *
 * <p>For example, {@code Taxation.standardFor(RegionCode.ofCountry("CH"))} taxes 1,610.25 CHF at
 * 8.1 %: tax 130.43, 1,740.68 with tax, payable 1,740.70.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Taxation {

    private final TaxRate rate;
    /** The cash step, in its currency, or null when payable amounts are the tax-inclusive ones. */
    private final MonetaryAmount cashStep;

    private Taxation(TaxRate rate, MonetaryAmount cashStep) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.cashStep = cashStep;
    }

    /**
     * Obtains a taxation at {@code rate}, without cash rounding.
     *
     * <p>For example, {@code Taxation.of(TaxRate.FRANCE)} taxes 2,061.50 EUR at 412.30 EUR.
     *
     * @param rate the tax rate
     * @return the taxation
     */
    public static Taxation of(TaxRate rate) {
        return new Taxation(rate, null);
    }

    /**
     * Obtains the standard taxation of the country of {@code region}: its standard rate among
     * {@link TaxRate}'s constants, and in Switzerland payable amounts in multiples of 0.05.
     *
     * @param region a country or a subdivision of one
     * @return the taxation, or empty for a country without a standard rate here
     */
    public static Optional<Taxation> standardFor(RegionCode region) {
        Objects.requireNonNull(region, "region");
        return TaxRate.standardFor(region).map(rate -> rate.equals(TaxRate.SWITZERLAND)
                ? new Taxation(rate, Amounts.of(new BigDecimal("0.05"), Monetary.getCurrency("CHF"))) : of(rate));
    }

    /**
     * Returns a copy of this taxation that rounds payable amounts in {@code step}'s currency to
     * multiples of {@code step}, half up.
     *
     * <p>For example, {@code Taxation.of(TaxRate.SWITZERLAND).withCashRounding(Money.of(new
     * BigDecimal("0.05"), "CHF"))}.
     *
     * @param step the smallest payable amount, greater than zero, a whole number of the
     *     currency's smallest units
     * @return the changed copy
     * @throws IllegalArgumentException if {@code step} is not greater than zero or is finer than
     *     its currency's decimals
     */
    public Taxation withCashRounding(MonetaryAmount step) {
        Objects.requireNonNull(step, "step");
        BigDecimal value = step.getNumber().numberValueExact(BigDecimal.class);
        if (value.signum() <= 0) {
            throw Checks.invalid("cashRounding", step, "must be > 0");
        }
        if (value.stripTrailingZeros().scale() > Math.max(0, step.getCurrency().getDefaultFractionDigits())) {
            throw Checks.invalid("cashRounding", step, "must be a whole number of the currency's smallest units");
        }
        return new Taxation(rate, step);
    }

    /** Returns the tax rate. */
    public TaxRate rate() {
        return rate;
    }

    /**
     * Returns the step payable amounts in its currency are rounded to, if they are.
     *
     * @return the cash step, for example CHF 0.05, or empty
     */
    public Optional<MonetaryAmount> cashRounding() {
        return Optional.ofNullable(cashStep);
    }

    /**
     * Returns {@code taxExclusive} with its tax and cash rounding.
     *
     * <p>For example, at {@link TaxRate#FRANCE}, 2,061.50 EUR bears 412.30 EUR: 2,473.80 EUR payable.
     *
     * @param taxExclusive the amount before tax
     * @return the amount, its tax and what is payable
     */
    public TaxedAmount on(MonetaryAmount taxExclusive) {
        Objects.requireNonNull(taxExclusive, "taxExclusive");
        CurrencyUnit currency = taxExclusive.getCurrency();
        BigDecimal base = inCurrency(taxExclusive.getNumber().numberValueExact(BigDecimal.class), currency);
        BigDecimal tax = taxOn(base, currency);
        BigDecimal rounding = cashRoundingOf(base.add(tax), currency);
        return new TaxedAmount(Amounts.of(base, currency), Amounts.of(tax, currency), Amounts.of(rounding, currency));
    }

    /** The amount at its currency's decimals: rounded half up only when it has more. */
    static BigDecimal inCurrency(BigDecimal amount, CurrencyUnit currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return amount.scale() <= scale ? amount : amount.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * Taxes consecutive tax-exclusive amounts (the invoices of a schedule) so that their taxes
     * and payable amounts add up to those of their sum: each is the difference between the
     * figures of the running totals, so no cent is lost or invented, and no invoice's tax or
     * cash rounding is more than a step away from its own.
     *
     * <p>For example, at 20 % three invoices of 10.01 are taxed 2.00, 2.00 and 2.01: 6.01, the tax
     * on 30.03, where each taxed alone would add up to 6.00.
     *
     * @param amounts the amounts before tax, in order, all in one currency
     * @return each taxed, in the same order
     * @throws CurrencyMismatchException if the amounts are in several currencies
     */
    public List<TaxedAmount> onEach(List<MonetaryAmount> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        if (amounts.isEmpty()) {
            return List.of();
        }
        CurrencyUnit currency = Objects.requireNonNull(amounts.get(0), "amounts[0]").getCurrency();
        List<BigDecimal> decimals = new ArrayList<>(amounts.size());
        for (int i = 0; i < amounts.size(); i++) {
            decimals.add(Amounts.decimal("amounts[" + i + "]", Objects.requireNonNull(amounts.get(i), "amounts[" + i + "]"),
                    "the first amount's", currency));
        }
        return onEach(decimals, currency);
    }

    private List<TaxedAmount> onEach(List<BigDecimal> amounts, CurrencyUnit currency) {
        List<TaxedAmount> taxed = new ArrayList<>(amounts.size());
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal taxBefore = BigDecimal.ZERO;
        BigDecimal payableBefore = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            running = running.add(amount);
            BigDecimal taxSoFar = taxOn(running, currency);
            BigDecimal inclusiveSoFar = running.add(taxSoFar);
            BigDecimal payableSoFar = inclusiveSoFar.add(cashRoundingOf(inclusiveSoFar, currency));
            BigDecimal tax = taxSoFar.subtract(taxBefore);
            BigDecimal rounding = payableSoFar.subtract(payableBefore).subtract(amount).subtract(tax);
            taxed.add(new TaxedAmount(Amounts.of(amount, currency), Amounts.of(tax, currency), Amounts.of(rounding, currency)));
            taxBefore = taxSoFar;
            payableBefore = payableSoFar;
        }
        return Collections.unmodifiableList(taxed);
    }

    private BigDecimal taxOn(BigDecimal base, CurrencyUnit currency) {
        return rate.taxOn(base, currency);
    }

    private BigDecimal cashRoundingOf(BigDecimal inclusive, CurrencyUnit currency) {
        if (cashStep == null || !Amounts.isIn(currency, cashStep.getCurrency())) {
            return BigDecimal.ZERO;
        }
        BigDecimal step = cashStep.getNumber().numberValueExact(BigDecimal.class);
        BigDecimal payable = inclusive.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        return payable.subtract(inclusive);
    }

    /** Equal when the rates are and both round cash to the same step in the same currency, or neither does. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Taxation) || !rate.equals(((Taxation) other).rate)) {
            return false;
        }
        MonetaryAmount theirs = ((Taxation) other).cashStep;
        return cashStep == null ? theirs == null : theirs != null && Amounts.isIn(theirs.getCurrency(), cashStep.getCurrency())
                && cashStep.isEqualTo(theirs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, cashStep == null ? null : cashStep.getCurrency(),
                cashStep == null ? null : cashStep.getNumber().numberValueExact(BigDecimal.class).stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "Taxation[" + rate.country() + " " + rate.rate() + (cashStep == null ? "" : ", cash " + Checks.describe(cashStep)) + "]";
    }
}
