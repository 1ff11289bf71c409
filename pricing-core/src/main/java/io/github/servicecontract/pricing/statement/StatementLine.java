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
 * covered, and what is billed. The list price is what is covered plus what is billed, unless a
 * bank of hours bills its overage at a rate of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatementLine {

    private final LocalDate day;
    private final QuoteLine line;
    private final MonetaryAmount listPrice;
    private final List<Cover> covers;
    private final MonetaryAmount billed;

    StatementLine(LocalDate day, QuoteLine line, MonetaryAmount listPrice, List<Cover> covers, MonetaryAmount billed) {
        this.day = day;
        this.line = Objects.requireNonNull(line, "line");
        this.listPrice = Objects.requireNonNull(listPrice, "listPrice");
        this.covers = List.copyOf(covers);
        this.billed = Objects.requireNonNull(billed, "billed");
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

    /** Its price without any quota or prepayment. */
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

    /** The day, component, list price, covers and billed amount, written exactly. */
    @Override
    public String toString() {
        return "StatementLine[" + (day == null ? "" : day + " ") + line.component() + ", list " + Checks.describe(listPrice)
                + ", covers " + covers + ", billed " + Checks.describe(billed) + "]";
    }
}
