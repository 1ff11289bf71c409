package io.github.servicecontract.pricing;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A priced contract: its lines, its totals and the on-demand rate card, all in the rate
 * table's currency, tax-exclusive.
 *
 * <p>The {@link #total()} is exactly the sum of the lines' amounts, to the last digit, always.
 * Recurring lines count a year; {@link #recurringPerPeriod()} shows what one billing period of
 * the recurring fee costs.
 *
 * <p>For example, DOMAIN.md example 1: recurring 145.00 a month (1,740.00 a year), two visits
 * 430.00, prepay discount -108.50: total 2,061.50 EUR, 2,473.80 EUR with 20 % VAT.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quote {

    private final PricingContext context;
    private final List<QuoteLine> lines;
    private final List<Supplier<List<RateCardEntry>>> rateCardParts;
    private List<RateCardEntry> rateCard; // racy single-check: an immutable list, the same whichever thread makes it
    private final BigDecimal total;

    /** Made by {@link QuoteDraft}, which keeps the exact sum of the lines as it adds them. */
    Quote(PricingContext context, List<QuoteLine> lines, List<Supplier<List<RateCardEntry>>> rateCardParts, BigDecimal total) {
        this.context = context;
        this.lines = lines;
        this.rateCardParts = rateCardParts;
        this.total = total;
    }

    /**
     * Prices {@code context} with {@code rule}.
     *
     * @param context what the rule reads
     * @param rule the pricing rule, usually composed
     * @return the quote
     */
    public static Quote of(PricingContext context, PricingRule rule) {
        return QuoteDraft.of(context).with(rule).toQuote();
    }

    static BigDecimal sum(List<QuoteLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (QuoteLine line : lines) {
            sum = sum.add(line.decimalAmount());
        }
        return sum;
    }

    /** Returns what was priced. */
    public PricingContext context() {
        return context;
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return context.currency();
    }

    /** Returns the lines, in the order the rules added them. */
    public List<QuoteLine> lines() {
        return lines;
    }

    /**
     * Returns the lines that match {@code filter}, in order.
     *
     * @param filter which lines
     * @return the matching lines
     */
    public List<QuoteLine> lines(Predicate<QuoteLine> filter) {
        return lines.stream().filter(filter).toList();
    }

    /** Returns what each service outside the tier costs this client; made when first read. */
    public List<RateCardEntry> rateCard() {
        List<RateCardEntry> card = rateCard;
        if (card == null) {
            card = QuoteDraft.entries(rateCardParts);
            rateCard = card;
        }
        return card;
    }

    /**
     * Returns the total, tax-exclusive: exactly the sum of the lines' amounts.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return Amounts.of(total, currency());
    }

    /**
     * Returns the sum of the amounts of the lines that match {@code filter}.
     *
     * @param filter which lines
     * @return their sum
     */
    public MonetaryAmount sumOf(Predicate<QuoteLine> filter) {
        return Amounts.of(sum(lines(filter)), currency());
    }

    /**
     * Returns the recurring fee for a year: the sum of the lines quoted per month or per year
     * (the recurring fees and the minimum, cap and complexity adjustments made to them).
     *
     * @return the yearly recurring fee
     */
    public MonetaryAmount recurringPerYear() {
        return sumOf(Quote::isRecurring);
    }

    /**
     * Returns the recurring fee for one period of {@code frequency}: the yearly fee times the
     * period's months over twelve, rounded half up to the currency's decimals (the billing
     * schedule splits a year into invoices without losing a cent).
     *
     * <p>For example, 1,500.00 a year is 375.00 a quarter.
     *
     * @param frequency the billing frequency
     * @return the recurring fee per period
     */
    public MonetaryAmount recurringPer(BillingFrequency frequency) {
        BigDecimal year = sum(lines(Quote::isRecurring));
        int scale = Math.max(0, currency().getDefaultFractionDigits());
        BigDecimal period = year.multiply(BigDecimal.valueOf(frequency.months())).divide(BigDecimal.valueOf(12), scale,
                RoundingMode.HALF_UP);
        return Amounts.of(period, currency());
    }

    /**
     * Returns the recurring fee for one period of the terms' billing frequency.
     *
     * @return the recurring fee per billing period
     */
    public MonetaryAmount recurringPerPeriod() {
        return recurringPer(context.terms().billingFrequency());
    }

    /**
     * Returns the tax on the total, rounded once to the currency's decimals.
     *
     * <p>For example, a total of 2,061.50 EUR bears 412.30 EUR at {@link TaxRate#FRANCE}.
     *
     * @param tax the tax rate
     * @return the tax, rounded once
     */
    public MonetaryAmount tax(TaxRate tax) {
        return tax.taxOn(total());
    }

    /**
     * Returns the total with tax.
     *
     * @param tax the tax rate
     * @return the tax-inclusive total
     */
    public MonetaryAmount totalIncludingTax(TaxRate tax) {
        return tax.addTo(total());
    }

    /** Recurring: quoted per month or per year, fees and the adjustments that bound or scale them. */
    private static boolean isRecurring(QuoteLine line) {
        return line.periodicity() != QuoteLine.Periodicity.ONCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quote && context.equals(((Quote) other).context) && lines.equals(((Quote) other).lines)
                && rateCard().equals(((Quote) other).rateCard());
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, lines, rateCard());
    }

    @Override
    public String toString() {
        return "Quote[" + context.tier().id() + ", " + lines.size() + " lines, total " + Checks.describe(total()) + "]";
    }
}
