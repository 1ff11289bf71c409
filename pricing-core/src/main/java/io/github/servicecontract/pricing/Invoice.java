package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One invoice of a billing schedule: its number, the day it is issued, the days it covers, the
 * recurring and one-off amounts before tax, the tax and the total.
 *
 * <p>For example, invoice 1 of a 56.00-a-month plan started on 10 March: issued 2026-03-10,
 * covering 2026-03-10..2026-03-31, 39.74 before tax.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the invoice's position in the schedule, from 1
 * @param issued the day it is issued (billing in advance: the first day it covers)
 * @param covers the days it covers
 * @param recurring the recurring fee for those days, before tax
 * @param oneOff the one-off charges on this invoice, before tax
 * @param tax the tax on the invoice, rounded once
 * @param trace how the recurring amount was computed
 */
public record Invoice(int number, LocalDate issued, DateWindow covers, MonetaryAmount recurring, MonetaryAmount oneOff,
        MonetaryAmount tax, Trace trace) {

    /** Creates an invoice. */
    public Invoice {
        Checks.requireAtLeast("number", number, 1);
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(covers, "covers");
        Objects.requireNonNull(recurring, "recurring");
        Amounts.requireCurrency("oneOff", oneOff, "the recurring amount's", recurring.getCurrency());
        Amounts.requireCurrency("tax", tax, "the recurring amount's", recurring.getCurrency());
        Objects.requireNonNull(trace, "trace");
    }

    /**
     * Returns the amount before tax: recurring plus one-off.
     *
     * @return the tax-exclusive amount
     */
    public MonetaryAmount amount() {
        return recurring.add(oneOff);
    }

    /**
     * Returns the amount with tax: what the client pays.
     *
     * @return the tax-inclusive total
     */
    public MonetaryAmount total() {
        return amount().add(tax);
    }

    /**
     * Returns the amount as the caller shows it.
     *
     * @param display before or after tax
     * @return {@link #amount()} or {@link #total()}
     */
    public MonetaryAmount shown(TaxDisplay display) {
        return display == TaxDisplay.TAX_INCLUSIVE ? total() : amount();
    }

    /** Returns the record's components, amounts written exactly. */
    @Override
    public String toString() {
        return "Invoice[number=" + number + ", issued=" + issued + ", covers=" + covers + ", recurring="
                + Checks.describe(recurring) + ", oneOff=" + Checks.describe(oneOff) + ", tax=" + Checks.describe(tax)
                + ", trace=" + trace + "]";
    }
}
