package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.QuoteLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One charge of a period statement: the work priced as a quote prices it (its line, with the
 * rate, band, minimum, increment and trace), its price without any allowance, what allowances
 * covered, and what is billed: the list price is what is covered plus what is billed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatementLine {

    private final LocalDate day;
    private final QuoteLine line;
    private final QuoteLine work;
    private final MonetaryAmount listPrice;
    private final List<Cover> covers;
    private final MonetaryAmount billed;
    private final Overage overage;

    StatementLine(LocalDate day, QuoteLine line, QuoteLine work, MonetaryAmount listPrice, List<Cover> covers, MonetaryAmount billed,
            Overage overage) {
        this.day = day;
        this.line = Objects.requireNonNull(line, "line");
        this.work = Objects.requireNonNull(work, "work");
        this.listPrice = Objects.requireNonNull(listPrice, "listPrice");
        this.covers = List.copyOf(covers);
        this.billed = Objects.requireNonNull(billed, "billed");
        this.overage = overage;
    }

    /**
     * The day of the work, empty for an adjustment of the period (a discount, a rounding).
     *
     * @return the day, if any
     */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /** The work as the contract's pricing priced it, after the tier's quotas. */
    public QuoteLine line() {
        return line;
    }

    /**
     * The work as the contract's pricing prices it without any quota: all its time (the 3 hours of
     * a call-out whose first 2 the tier includes) at the rate card, as a statement shows it.
     *
     * @return the line without quotas
     */
    public QuoteLine work() {
        return work;
    }

    /**
     * Its price without any quota or prepayment: the work at the rate card, or, for time beyond a
     * bank of hours with an overage rate of its own, that time at that rate.
     */
    public MonetaryAmount listPrice() {
        return listPrice;
    }

    /** What the tier's quotas and the prepayments covered, in the order they were drawn. */
    public List<Cover> covers() {
        return covers;
    }

    /**
     * Returns the value of everything covered.
     *
     * @return the sum of the covers' values
     */
    public MonetaryAmount covered() {
        MonetaryAmount sum = listPrice.multiply(0);
        for (Cover cover : covers) {
            sum = sum.add(cover.value());
        }
        return sum;
    }

    /** What is billed for it in the period. */
    public MonetaryAmount billed() {
        return billed;
    }

    /**
     * The time beyond a bank of hours that the bank billed at its own overage rate, when it did:
     * what is billed is then that time at that rate, and the list price what is covered plus it.
     *
     * @return the overage, if any
     */
    public Optional<Overage> overage() {
        return Optional.ofNullable(overage);
    }

    /**
     * Time beyond a bank of hours, billed at the bank's overage rate.
     *
     * @param time the time billed at the overage rate, of all technicians
     * @param rate the bank's hourly overage rate
     */
    public record Overage(java.time.Duration time, MonetaryAmount rate) {

        /** Checks both are given. */
        public Overage {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /** The day, component, list price, covers and billed amount, written exactly. */
    @Override
    public String toString() {
        return "StatementLine[" + (day == null ? "" : day + " ") + line.component() + ", list " + Checks.describe(listPrice)
                + ", covers " + covers + ", billed " + Checks.describe(billed) + "]";
    }
}
