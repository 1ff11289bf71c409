package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What an allowance covered of a statement line: the tier's included visits, remote hours,
 * updates or tickets, or a prepayment (a bank of hours, a retainer, a pack of tickets), how much
 * of it and its value at the line's price.
 *
 * <p>For example, a bank covering 1 h 30 of a 2-hour call-out at 90.00 an hour covers 1.5 hours
 * worth 135.00.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cover {

    private final Prepayment prepayment;
    private final BigDecimal quantity;
    private final Unit unit;
    private final MonetaryAmount value;

    private Cover(Prepayment prepayment, BigDecimal quantity, Unit unit, MonetaryAmount value) {
        this.prepayment = prepayment;
        this.quantity = Checks.requireNonNegative("quantity", Objects.requireNonNull(quantity, "quantity"));
        this.unit = Objects.requireNonNull(unit, "unit");
        this.value = Objects.requireNonNull(value, "value");
        if (prepayment != null && value.isNegative()) {
            throw Checks.invalid("value", value, "must be >= 0");
        }
    }

    /**
     * Obtains what the tier's quotas covered.
     *
     * @param quantity how much, in {@code unit}
     * @param unit the unit of the quantity
     * @param value its value at the line's price; below zero on an adjustment that the quotas
     *     made smaller (a discount on labour they covered)
     * @return the cover
     */
    public static Cover byTier(BigDecimal quantity, Unit unit, MonetaryAmount value) {
        return new Cover(null, quantity, unit, value);
    }

    /**
     * Obtains what a prepayment covered.
     *
     * @param prepayment the bank, retainer or pack drawn
     * @param quantity how much, in {@code unit}: hours, tickets, or the amount for a retainer
     * @param unit the unit of the quantity
     * @param value its value at the line's price, at least zero
     * @return the cover
     */
    public static Cover byPrepayment(Prepayment prepayment, BigDecimal quantity, Unit unit, MonetaryAmount value) {
        return new Cover(Objects.requireNonNull(prepayment, "prepayment"), quantity, unit, value);
    }

    /**
     * The prepayment drawn; empty when the tier's quotas covered the line.
     *
     * @return the prepayment, if any
     */
    public Optional<Prepayment> prepayment() {
        return Optional.ofNullable(prepayment);
    }

    /** How much was covered, in {@link #unit()}. */
    public BigDecimal quantity() {
        return quantity;
    }

    /** The unit of the quantity: hours, tickets, updates, or {@link Unit#ITEM} for a retainer's amount. */
    public Unit unit() {
        return unit;
    }

    /** Its value at the line's price; below zero only on a discount that the tier's quotas made smaller. */
    public MonetaryAmount value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cover that && Objects.equals(prepayment, that.prepayment) && quantity.compareTo(that.quantity) == 0
                && unit == that.unit && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prepayment, quantity.stripTrailingZeros(), unit, value);
    }

    /** The source, quantity, unit and value written exactly. */
    @Override
    public String toString() {
        return "Cover[" + (prepayment == null ? "tier" : prepayment) + ", " + quantity.toPlainString() + " " + unit + ", "
                + Checks.describe(value) + "]";
    }
}
