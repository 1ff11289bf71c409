package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A quote being priced: the context and the lines and rate-card entries that rules have added
 * so far. Each rule returns a new draft; {@link #toQuote()} finishes it.
 *
 * <p>For example, {@code QuoteDraft.of(context).with(PricingRules.perDevice()).with(
 * PricingRules.prepayDiscount()).toQuote()}.
 *
 * <p>When the context's rounding applies {@link Rounding.Step#PER_LINE}, every line added is
 * rounded here, and its trace records the exact amount. When it applies
 * {@link Rounding.Step#ON_TOTAL}, lines stay exact and {@link #toQuote()} adds one rounding line,
 * so that the total is always the exact sum of the lines.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuoteDraft {

    private final PricingContext context;
    private final List<QuoteLine> lines;
    private final List<RateCardEntry> rateCard;

    private QuoteDraft(PricingContext context, List<QuoteLine> lines, List<RateCardEntry> rateCard) {
        this.context = context;
        this.lines = lines;
        this.rateCard = rateCard;
    }

    /**
     * Obtains an empty draft.
     *
     * @param context what the rules will read
     * @return a draft with no lines
     */
    public static QuoteDraft of(PricingContext context) {
        return new QuoteDraft(Objects.requireNonNull(context, "context"), List.of(), List.of());
    }

    /** Returns what the rules read. */
    public PricingContext context() {
        return context;
    }

    /** Returns the lines added so far, in order. */
    public List<QuoteLine> lines() {
        return lines;
    }

    /** Returns the rate-card entries added so far, in order. */
    public List<RateCardEntry> rateCard() {
        return rateCard;
    }

    /**
     * Returns this draft with {@code rule}'s lines added.
     *
     * @param rule the rule to apply
     * @return the extended draft
     */
    public QuoteDraft with(PricingRule rule) {
        return Objects.requireNonNull(rule.applyTo(this), "a pricing rule returned null");
    }

    /**
     * Returns this draft with one more line, rounded if the context rounds each line.
     *
     * @param line the line, in the context's currency
     * @return the extended draft
     * @throws CurrencyMismatchException if the line is in another currency
     */
    public QuoteDraft plus(QuoteLine line) {
        Amounts.requireCurrency(line.amount(), context.currency());
        List<QuoteLine> longer = new ArrayList<>(lines.size() + 1);
        longer.addAll(lines);
        longer.add(roundedPerLine(line));
        return new QuoteDraft(context, Collections.unmodifiableList(longer), rateCard);
    }

    /**
     * Returns this draft with one more rate-card entry; an entry for the same component, role,
     * band and unit as an earlier one is ignored.
     *
     * @param entry the entry, in the context's currency
     * @return the extended draft
     * @throws CurrencyMismatchException if the entry is in another currency
     */
    public QuoteDraft plus(RateCardEntry entry) {
        Amounts.requireCurrency(entry.price(), context.currency());
        boolean known = rateCard.stream().anyMatch(e -> e.component().equals(entry.component()) && e.unit() == entry.unit()
                && e.role().equals(entry.role()) && e.band().equals(entry.band()));
        if (known) {
            return this;
        }
        List<RateCardEntry> longer = new ArrayList<>(rateCard);
        longer.add(entry);
        return new QuoteDraft(context, lines, Collections.unmodifiableList(longer));
    }

    /**
     * Returns an amount in the context's currency.
     *
     * @param value the exact value
     * @return the amount
     */
    public MonetaryAmount money(BigDecimal value) {
        MonetaryAmount known = context.rates().knownAmount(value);
        return known != null ? known : Amounts.of(value, context.currency());
    }

    /**
     * Returns an amount in the context's currency from a decimal text, for example {@code "45.00"}.
     *
     * @param value the exact value as text
     * @return the amount
     * @throws NumberFormatException if the text is not a decimal number
     */
    public MonetaryAmount money(String value) {
        return money(new BigDecimal(value));
    }

    /**
     * Finishes the quote: with {@link Rounding.Step#ON_TOTAL}, adds the rounding line.
     *
     * @return the quote
     */
    public Quote toQuote() {
        Rounding rounding = context.rounding();
        if (rounding.step() == Rounding.Step.ON_TOTAL) {
            BigDecimal exact = Quote.sum(lines);
            BigDecimal difference = rounding.apply(exact).subtract(exact);
            if (difference.signum() != 0) {
                QuoteLine roundingLine = QuoteLine.builder().component(CostComponent.ROUNDING)
                        .category(QuoteLine.Category.ADJUSTMENT).billing(QuoteLine.Billing.BILLED)
                        .quantity(BigDecimal.ONE).unit(Unit.ITEM).unitPrice(money(difference)).amount(money(difference))
                        .trace(Trace.of("rounding", TraceStep.of("exact-total", money(exact)),
                                TraceStep.of("rounding", rounding), TraceStep.of("difference", money(difference))))
                        .build();
                return new QuoteDraft(context, append(lines, roundingLine), rateCard).finish();
            }
        }
        return finish();
    }

    private Quote finish() {
        return new Quote(context, lines, rateCard);
    }

    private QuoteLine roundedPerLine(QuoteLine line) {
        Rounding rounding = context.rounding();
        if (rounding.step() != Rounding.Step.PER_LINE || rounding.isRounded(line.decimalAmount())) {
            return line;
        }
        BigDecimal rounded = rounding.apply(line.decimalAmount());
        return QuoteLine.builder().from(line).amount(money(rounded))
                .trace(line.trace().plus("exact-amount", line.amount()).plus("rounding", rounding)).build();
    }

    private static List<QuoteLine> append(List<QuoteLine> lines, QuoteLine line) {
        List<QuoteLine> longer = new ArrayList<>(lines);
        longer.add(line);
        return Collections.unmodifiableList(longer);
    }
}
