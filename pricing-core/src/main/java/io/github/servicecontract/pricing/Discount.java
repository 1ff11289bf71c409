package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;

/**
 * A discount that a rule asks for, applied once every other line of the quote is known: its base
 * is named (which lines, in which parts), not "the lines added before it", so the same rules in
 * any order give the same quote.
 *
 * <p>Each part of the quote is discounted apart: a discount line belongs to the part whose lines
 * it reduces, and never takes that part below zero. A percentage is taken of the undiscounted
 * base (10 % then 10 % is 20 %); an amount is taken from the parts in order, never more than
 * their base.
 */
final class Discount {

    private final CostComponent component;
    /** Which lines of a part the discount is of, besides discounts; null for all of them, the part's subtotal. */
    private final Predicate<QuoteLine> base;
    private final Set<QuotePart> parts;
    /** The percentage off, or null for an amount off. */
    private final Percentage percentage;
    /** The amount off, or null for a percentage. */
    private final MonetaryAmount amount;

    private Discount(CostComponent component, Predicate<QuoteLine> base, Set<QuotePart> parts, Percentage percentage,
            MonetaryAmount amount) {
        this.component = component;
        this.base = base;
        this.parts = parts;
        this.percentage = percentage;
        this.amount = amount;
    }

    /**
     * A percentage of the lines {@code base} selects, or of every line but discounts when it is null, in {@code parts}
     * (a set its caller never changes).
     */
    static Discount percentage(CostComponent component, Percentage percentage, Predicate<QuoteLine> base, Set<QuotePart> parts) {
        return new Discount(component, base, parts, percentage, null);
    }

    static Discount amount(CostComponent component, MonetaryAmount amount, Predicate<QuoteLine> base, Set<QuotePart> parts) {
        return new Discount(component, base, parts, null, amount);
    }

    CostComponent component() {
        return component;
    }

    /**
     * Checks if applying this discount as well as {@code other} can only be a mistake: the same
     * terms' or perk's discount twice, or the very same discount rule's.
     */
    boolean duplicates(Discount other) {
        if (!component.equals(other.component)) {
            return false;
        }
        return !component.equals(CostComponent.DISCOUNT) || base == other.base && Objects.equals(percentage,
                other.percentage) && Objects.equals(amount, other.amount);
    }

    /**
     * Returns the discount lines for {@code lines}, the quote's other lines, whose parts add up to
     * {@code subtotals}, and are {@code nets} with the discounts applied already (both in the order of
     * {@link QuotePart}).
     */
    List<QuoteLine> linesFor(PricingContext context, List<QuoteLine> lines, BigDecimal[] subtotals, BigDecimal[] nets) {
        List<QuoteLine> discounts = List.of();
        BigDecimal left = amount == null ? null
                : Amounts.decimal("discount", amount, "the rate table's", context.currency());
        for (QuotePart part : parts) {
            BigDecimal partBase = base == null ? subtotals[part.ordinal()] : BigDecimal.ZERO;
            if (base != null) {
                for (QuoteLine line : lines) {
                    if (line.part() == part && line.isBilled() && base.test(line)) {
                        partBase = partBase.add(line.decimalAmount());
                    }
                }
            }
            BigDecimal wanted = left == null ? partBase.multiply(percentage.fraction()) : left;
            Rounding rounding = context.rounding();
            if (left != null && rounding.step() == Rounding.Step.PER_LINE) {
                // an amount's line is rounded as every line is: round it here, so that what is left of it is what was taken
                wanted = rounding.apply(wanted);
            }
            // the part's lines so far, discounts before this one included: no discount takes it below zero
            BigDecimal off = wanted.min(partBase).min(nets[part.ordinal()]);
            if (off.signum() <= 0) {
                continue;
            }
            if (left != null) {
                left = left.subtract(off);
            }
            QuoteLine line = line(context, part, partBase, off);
            if (discounts.isEmpty()) {
                discounts = List.of(line);
            } else {
                List<QuoteLine> more = new ArrayList<>(discounts);
                more.add(line);
                discounts = more;
            }
        }
        return discounts;
    }

    private QuoteLine line(PricingContext context, QuotePart part, BigDecimal partBase, BigDecimal off) {
        BigDecimal negative = off.negate();
        MonetaryAmount given = amount;
        Percentage rate = percentage;
        return LineTemplate.discount(component).billed(part, BigDecimal.ONE, context.currency(), negative, negative, () -> rate != null
                        ? Trace.of(component.id(), TraceStep.of(StandardTraceKey.BASE, QuoteDraft.money(context, partBase)),
                                TraceStep.of(StandardTraceKey.PERCENTAGE, rate), TraceStep.of(StandardTraceKey.DISCOUNT, QuoteDraft.money(context, off)))
                        : Trace.of("discount", TraceStep.of(StandardTraceKey.BASE, QuoteDraft.money(context, partBase)),
                                TraceStep.of(StandardTraceKey.DISCOUNT, given), TraceStep.of(StandardTraceKey.APPLIED, QuoteDraft.money(context, off))));
    }

    @Override
    public String toString() {
        return "Discount[" + component + ", " + (percentage != null ? percentage : Checks.describe(amount)) + " of " + parts + "]";
    }
}
