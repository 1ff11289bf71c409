package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;

/**
 * What every line of one kind has alike: its component, its category, how its unit price is
 * quoted and what its quantity counts. A rule makes its templates once, when it is made, and each
 * line from one of them names only what varies: its part, billing, quantity, prices and trace.
 *
 * <p>For example, {@code LineTemplate.usage(CostComponent.TRIP_FEE, Unit.TRIP).billed(part, ONE,
 * currency, fee, fee, trace)} is a trip fee of one trip.
 *
 * <p>Lines keep their template rather than its four values, so that a line is smaller. This class
 * is immutable and thread-safe.
 */
final class LineTemplate {

    private final CostComponent component;
    private final QuoteLine.Category category;
    private final QuoteLine.Periodicity periodicity;
    private final Unit unit;

    LineTemplate(CostComponent component, QuoteLine.Category category, QuoteLine.Periodicity periodicity, Unit unit) {
        this.component = Objects.requireNonNull(component, "component");
        this.category = Objects.requireNonNull(category, "category");
        this.periodicity = Objects.requireNonNull(periodicity, "periodicity");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** Lines of a recurring fee, quoted monthly or yearly; their amount covers a year. */
    static LineTemplate recurring(CostComponent component, QuoteLine.Periodicity periodicity, Unit unit) {
        return new LineTemplate(component, QuoteLine.Category.RECURRING, periodicity, unit);
    }

    /** Lines of service used: labour, travel, tickets, updates, each priced once. */
    static LineTemplate usage(CostComponent component, Unit unit) {
        return new LineTemplate(component, QuoteLine.Category.USAGE, QuoteLine.Periodicity.ONCE, unit);
    }

    /** Lines of a one-off purchase, one item each. */
    static LineTemplate oneOff(CostComponent component) {
        return new LineTemplate(component, QuoteLine.Category.ONE_OFF, QuoteLine.Periodicity.ONCE, Unit.ITEM);
    }

    /** The library's own discounts' templates, made once: a discount is made for each quote. */
    private static final java.util.Map<CostComponent, LineTemplate> DISCOUNTS = java.util.Map.of(
            CostComponent.DISCOUNT, ofDiscount(CostComponent.DISCOUNT), CostComponent.PREPAY_DISCOUNT, ofDiscount(CostComponent.PREPAY_DISCOUNT),
            CostComponent.MEMBER_LABOUR_DISCOUNT, ofDiscount(CostComponent.MEMBER_LABOUR_DISCOUNT));

    /** Lines of a discount, one item each. */
    static LineTemplate discount(CostComponent component) {
        LineTemplate known = DISCOUNTS.get(component);
        return known != null ? known : ofDiscount(component);
    }

    private static LineTemplate ofDiscount(CostComponent component) {
        return new LineTemplate(component, QuoteLine.Category.DISCOUNT, QuoteLine.Periodicity.ONCE, Unit.ITEM);
    }

    /** Lines of an adjustment (a minimum, a cap, a rounding), one item each, quoted as the lines they adjust. */
    static LineTemplate adjustment(CostComponent component, QuoteLine.Periodicity periodicity) {
        return new LineTemplate(component, QuoteLine.Category.ADJUSTMENT, periodicity, Unit.ITEM);
    }

    /** A line the client pays. */
    QuoteLine billed(QuotePart part, BigDecimal quantity, CurrencyUnit currency, BigDecimal unitPrice, BigDecimal amount,
            Supplier<Trace> trace) {
        return new QuoteLine(this, part, QuoteLine.Billing.BILLED, quantity, currency, unitPrice, amount, trace);
    }

    /** A line the tier includes: its amount is zero, its unit price what it would have cost. */
    QuoteLine included(QuotePart part, BigDecimal quantity, CurrencyUnit currency, BigDecimal unitPrice, Supplier<Trace> trace) {
        return new QuoteLine(this, part, QuoteLine.Billing.INCLUDED, quantity, currency, unitPrice, BigDecimal.ZERO, trace);
    }

    /** A line included or billed, as {@code included} says; an included line's amount is zero whatever {@code amount} is. */
    QuoteLine line(boolean included, QuotePart part, BigDecimal quantity, CurrencyUnit currency, BigDecimal unitPrice, BigDecimal amount,
            Supplier<Trace> trace) {
        return included ? included(part, quantity, currency, unitPrice, trace) : billed(part, quantity, currency, unitPrice, amount, trace);
    }

    /** The part a line of this template belongs to when planned: the one-off charges for a one-off line, else the firm price. */
    QuotePart plannedPart() {
        return category == QuoteLine.Category.ONE_OFF ? QuotePart.ONE_OFF : QuotePart.FIRM;
    }

    CostComponent component() {
        return component;
    }

    QuoteLine.Category category() {
        return category;
    }

    QuoteLine.Periodicity periodicity() {
        return periodicity;
    }

    Unit unit() {
        return unit;
    }

    @Override
    public String toString() {
        return "LineTemplate{" + component.id() + ", " + category + ", " + periodicity + ", " + unit + "}";
    }
}
