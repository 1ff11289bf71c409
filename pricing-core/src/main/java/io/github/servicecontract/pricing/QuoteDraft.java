package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Discounts name their base and are applied by {@link #toQuote()}, once every other line is
 * known, in the order rules asked for them: a discount rule sees the same lines wherever it
 * stands among the rules, and asking for the same discount twice is refused.
 *
 * <p>When the context's rounding applies {@link Rounding.Step#PER_LINE}, every line added is
 * rounded here, and its trace records the exact amount. When it applies
 * {@link Rounding.Step#ON_TOTAL}, lines stay exact and {@link #toQuote()} adds one rounding line
 * to each part of the quote whose subtotal needs one, so that the total is always the exact sum
 * of the lines.
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
    /** The discounts asked for, in order, applied by {@link #toQuote()}. */
    private final Discount[] discounts;

    private static final Discount[] NO_DISCOUNTS = {};

    private QuoteDraft(PricingContext context, SharedAppendList.Storage<QuoteLine> lines, int lineCount,
            SharedAppendList.Storage<Supplier<List<RateCardEntry>>> rateCard, int rateCardParts, BigDecimal total,
            Discount[] discounts) {
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
                SharedAppendList.Storage.empty(), 0, BigDecimal.ZERO, NO_DISCOUNTS);
    }

    /** Returns what the rules read. */
    public PricingContext context() {
        return context;
    }

    /** Returns the lines added so far, in order; the discounts asked for are added by {@link #toQuote()}. */
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
        Objects.requireNonNull(rule, "rule");
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
        Objects.requireNonNull(line, "line");
        if (!Amounts.isIn(line.currency(), context.currency())) {
            throw new CurrencyMismatchException("line.amount", line.amount(), "the rate table's", context.currency());
        }
        QuoteLine added = roundedPerLine(line);
        BigDecimal amount = added.decimalAmount();
        return new QuoteDraft(context, lines.append(lineCount, added), lineCount + 1, rateCard, rateCardParts,
                total.add(amount), discounts);
    }

    /**
     * Returns this draft with a discount to apply once every other line is known.
     *
     * @throws IllegalArgumentException if the same discount was asked for already
     */
    QuoteDraft plus(Discount discount) {
        for (Discount known : discounts) {
            if (known.duplicates(discount)) {
                throw Checks.invalid("rules", discount.component().id() + " twice",
                        "must apply each discount once (a rule listed twice would discount twice)");
            }
        }
        Discount[] more = Arrays.copyOf(discounts, discounts.length + 1);
        more[discounts.length] = discount;
        return new QuoteDraft(context, lines, lineCount, rateCard, rateCardParts, total, more);
    }

    /** How many lines and discounts rules have added: what {@code firstMatch} counts. */
    int size() {
        return lineCount + discounts.length;
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
        Objects.requireNonNull(entry, "entry");
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
        Objects.requireNonNull(value, "value");
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
     * @throws IllegalArgumentException if the text is not a decimal of the library's grammar ({@link Decimals})
     */
    public MonetaryAmount money(String value) {
        return money(Decimals.parse("amount", value));
    }

    /**
     * Finishes the quote: adds the discounts asked for, in order, then, with
     * {@link Rounding.Step#ON_TOTAL}, a rounding line to each part whose subtotal needs one.
     *
     * @return the quote
     */
    public Quote toQuote() {
        if (discounts.length == 0 && context.rounding().step() != Rounding.Step.ON_TOTAL) {
            return new Quote(context, lines(), SharedAppendList.of(rateCard, rateCardParts), total);
        }
        SharedAppendList.Storage<QuoteLine> all = lines;
        int count = lineCount;
        BigDecimal sum = total;
        List<QuoteLine> priced = lines();
        BigDecimal[] parts = subtotals(priced);
        BigDecimal[] undiscounted = parts.clone();
        for (Discount discount : discounts) {
            for (QuoteLine line : discount.linesFor(context, priced, undiscounted, parts)) {
                QuoteLine rounded = roundedPerLine(line);
                all = all.append(count++, rounded);
                sum = sum.add(rounded.decimalAmount());
                parts[rounded.part().ordinal()] = parts[rounded.part().ordinal()].add(rounded.decimalAmount());
            }
        }
        Rounding rounding = context.rounding();
        if (rounding.step() == Rounding.Step.ON_TOTAL) {
            for (QuotePart part : QuotePart.values()) {
                BigDecimal exact = parts[part.ordinal()];
                BigDecimal difference = rounding.apply(exact).subtract(exact);
                if (difference.signum() != 0) {
                    all = all.append(count++, roundingLine(part, exact, difference));
                    sum = sum.add(difference);
                }
            }
        }
        return new Quote(context, SharedAppendList.of(all, count), SharedAppendList.of(rateCard, rateCardParts), sum);
    }

    /**
     * The exact subtotal of each part, in the order of {@link QuotePart}: the firm lines' is what the
     * others leave of the total, so that a quote of firm lines only adds nothing up again.
     */
    private BigDecimal[] subtotals(List<QuoteLine> priced) {
        BigDecimal oneOff = BigDecimal.ZERO;
        BigDecimal estimate = BigDecimal.ZERO;
        for (QuoteLine line : priced) {
            if (line.part() == QuotePart.ONE_OFF) {
                oneOff = oneOff.add(line.decimalAmount());
            } else if (line.part() == QuotePart.ESTIMATE) {
                estimate = estimate.add(line.decimalAmount());
            }
        }
        BigDecimal firm = oneOff.signum() == 0 && estimate.signum() == 0 ? total : total.subtract(oneOff).subtract(estimate);
        return new BigDecimal[] {firm, oneOff, estimate};
    }

    /** The line of the difference left by rounding a part's total once. */
    private static final LineTemplate ROUNDING_LINE = LineTemplate.adjustment(CostComponent.ROUNDING, QuoteLine.Periodicity.ONCE);

    private QuoteLine roundingLine(QuotePart part, BigDecimal exact, BigDecimal difference) {
        PricingContext context = this.context;
        Rounding rounding = context.rounding();
        return ROUNDING_LINE.billed(part, BigDecimal.ONE, context.currency(), difference, difference,
                () -> Trace.of("rounding", TraceStep.of(StandardTraceKey.EXACT_TOTAL, money(context, exact)), TraceStep.of(StandardTraceKey.ROUNDING, rounding),
                        TraceStep.of(StandardTraceKey.DIFFERENCE, money(context, difference))));
    }

    private QuoteLine roundedPerLine(QuoteLine line) {
        Rounding rounding = context.rounding();
        if (rounding.step() != Rounding.Step.PER_LINE || rounding.isRounded(line.decimalAmount())) {
            return line;
        }
        return line.roundedBy(rounding);
    }
}
