package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
    /** The lines so far: the first {@code lineCount} of storage shared with the drafts this one extends (see {@link SharedAppendList}). */
    private final SharedAppendList.Storage<QuoteLine> lines;
    private final int lineCount;
    /** The rate card in parts, in order: entries added, and parts a rule computes only when the card is read. */
    private final SharedAppendList.Storage<Supplier<List<RateCardEntry>>> rateCard;
    private final int rateCardParts;
    /** The exact sum of the lines' amounts, kept as lines are added. */
    private final BigDecimal total;
    /** The exact sum of the discount lines' amounts (zero or less), kept as lines are added. */
    private final BigDecimal discounts;

    private QuoteDraft(PricingContext context, SharedAppendList.Storage<QuoteLine> lines, int lineCount,
            SharedAppendList.Storage<Supplier<List<RateCardEntry>>> rateCard, int rateCardParts, BigDecimal total,
            BigDecimal discounts) {
        this.context = context;
        this.lines = lines;
        this.lineCount = lineCount;
        this.rateCard = rateCard;
        this.rateCardParts = rateCardParts;
        this.total = total;
        this.discounts = discounts;
    }

    /**
     * Obtains an empty draft.
     *
     * @param context what the rules will read
     * @return a draft with no lines
     */
    public static QuoteDraft of(PricingContext context) {
        return new QuoteDraft(Objects.requireNonNull(context, "context"), SharedAppendList.Storage.empty(), 0,
                SharedAppendList.Storage.empty(), 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Returns what the rules read. */
    public PricingContext context() {
        return context;
    }

    /** Returns the lines added so far, in order. */
    public List<QuoteLine> lines() {
        return SharedAppendList.of(lines, lineCount);
    }

    /**
     * Returns the rate-card entries added so far, in order, without the entries for a service
     * that an earlier entry already prices.
     */
    public List<RateCardEntry> rateCard() {
        return entries(SharedAppendList.of(rateCard, rateCardParts));
    }

    /** The entries of a rate card's parts, in order; an entry for a service already priced is left out. */
    static List<RateCardEntry> entries(List<Supplier<List<RateCardEntry>>> parts) {
        List<RateCardEntry> card = new ArrayList<>();
        for (Supplier<List<RateCardEntry>> part : parts) {
            for (RateCardEntry entry : part.get()) {
                if (card.stream().noneMatch(known -> known.pricesTheSameAs(entry))) {
                    card.add(entry);
                }
            }
        }
        return List.copyOf(card);
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
        if (!Amounts.isIn(line.currency(), context.currency())) {
            throw new CurrencyMismatchException("line.amount", line.amount(), "the rate table's", context.currency());
        }
        QuoteLine added = roundedPerLine(line);
        BigDecimal amount = added.decimalAmount();
        return new QuoteDraft(context, lines.append(lineCount, added), lineCount + 1, rateCard, rateCardParts,
                total.add(amount), added.category() == QuoteLine.Category.DISCOUNT ? discounts.add(amount) : discounts);
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
        if (!Amounts.isIn(entry.currency(), context.currency())) {
            throw new CurrencyMismatchException("entry.price", entry.price(), "the rate table's", context.currency());
        }
        List<RateCardEntry> one = List.of(entry);
        return plusRateCard(() -> one);
    }

    /**
     * Returns this draft with rate-card entries computed only when the card is read: pricing a
     * quote whose card nobody reads does not pay for it. The entries must be in the context's
     * currency, and computing them must be pure and must not fail.
     */
    QuoteDraft plusRateCard(Supplier<List<RateCardEntry>> entries) {
        return new QuoteDraft(context, lines, lineCount, rateCard.append(rateCardParts, entries), rateCardParts + 1, total,
                discounts);
    }

    /**
     * Returns an amount in the context's currency.
     *
     * @param value the exact value
     * @return the amount
     */
    public MonetaryAmount money(BigDecimal value) {
        return money(context, value);
    }

    /** An amount in the context's currency: the rate table's own when it holds the value, else a new one. */
    static MonetaryAmount money(PricingContext context, BigDecimal value) {
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
            BigDecimal exact = total;
            BigDecimal difference = rounding.apply(exact).subtract(exact);
            if (difference.signum() != 0) {
                PricingContext context = this.context;
                QuoteLine roundingLine = new QuoteLine(CostComponent.ROUNDING, QuoteLine.Category.ADJUSTMENT,
                        QuoteLine.Billing.BILLED, QuoteLine.Periodicity.ONCE, BigDecimal.ONE, Unit.ITEM, context.currency(),
                        difference, difference, () -> Trace.of("rounding", TraceStep.of("exact-total", money(context, exact)),
                                TraceStep.of("rounding", rounding), TraceStep.of("difference", money(context, difference))));
                return new Quote(context, SharedAppendList.of(lines.append(lineCount, roundingLine), lineCount + 1),
                        SharedAppendList.of(rateCard, rateCardParts), exact.add(difference));
            }
        }
        return new Quote(context, lines(), SharedAppendList.of(rateCard, rateCardParts), total);
    }

    /** Returns the exact sum of the lines' amounts so far, discounts included. */
    BigDecimal total() {
        return total;
    }

    /**
     * Returns the exact sum of the billed lines so far other than discounts: the total without
     * its discounts, as included lines add nothing.
     */
    BigDecimal totalBeforeDiscounts() {
        return total.subtract(discounts);
    }

    private QuoteLine roundedPerLine(QuoteLine line) {
        Rounding rounding = context.rounding();
        if (rounding.step() != Rounding.Step.PER_LINE || rounding.isRounded(line.decimalAmount())) {
            return line;
        }
        return line.roundedBy(rounding);
    }
}
