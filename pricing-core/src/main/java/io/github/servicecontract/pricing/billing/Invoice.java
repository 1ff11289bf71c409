package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.CurrencyMismatchException;
import io.github.servicecontract.pricing.TaxDisplay;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.internal.Amounts;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One invoice of a billing schedule: its number, the day it is issued, the days it covers, the
 * firm-price and one-off amounts before tax, the tax, the cash rounding and what is payable.
 *
 * <p>For example, invoice 1 of a 56.00-a-month plan started on 10 March: issued 2026-03-10,
 * covering 2026-03-10..2026-03-31, 39.74 before tax.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the invoice's position in the schedule, from 1
 * @param issued the day it is issued (billing in advance: the first day it covers)
 * @param due the last day to pay it: the day of issue plus the terms' payment term
 * @param covers the days it covers
 * @param firm the share of the quote's firm price for those days, before tax
 * @param oneOff the one-off charges on this invoice, before tax
 * @param tax the tax on the invoice
 * @param cashRounding what rounds the invoice to a payable amount, zero unless the taxation
 *     rounds cash
 * @param trace how the firm amount was computed
 * @param kind a billing period's invoice, or the adjustment of an amendment or of a cancellation
 */
public record Invoice(int number, LocalDate issued, LocalDate due, DateWindow covers, MonetaryAmount firm, MonetaryAmount oneOff,
        MonetaryAmount tax, MonetaryAmount cashRounding, Trace trace, Kind kind) {

    /** What an invoice bills: a billing period, or the adjustment a change or an early end makes to one already invoiced. */
    public enum Kind {
        /** The invoice of a billing period: its share of the firm price, and the one-off charges on the first. */
        PERIOD,
        /** The adjustment of an amendment: the new price for the days left of a period invoiced, less the old. */
        AMENDMENT,
        /** The adjustment of a cancellation: the early-termination charge less the refund of the days left. */
        CANCELLATION
    }

    /**
     * Creates an invoice.
     *
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws IllegalArgumentException if it is due before it is issued
     */
    public Invoice {
        Checks.requireAtLeast("number", number, 1);
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(issued)) {
            throw Checks.invalid("due", due, "must not be before the day of issue " + issued);
        }
        Objects.requireNonNull(covers, "covers");
        Objects.requireNonNull(firm, "firm");
        Amounts.requireCurrency("oneOff", oneOff, "the firm amount's", firm.getCurrency());
        Amounts.requireCurrency("tax", tax, "the firm amount's", firm.getCurrency());
        Amounts.requireCurrency("cashRounding", cashRounding, "the firm amount's", firm.getCurrency());
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Creates the invoice of a billing period ({@link Kind#PERIOD}).
     *
     * @throws CurrencyMismatchException if the amounts are in different currencies
     * @throws IllegalArgumentException if it is due before it is issued
     */
    public Invoice(int number, LocalDate issued, LocalDate due, DateWindow covers, MonetaryAmount firm, MonetaryAmount oneOff,
            MonetaryAmount tax, MonetaryAmount cashRounding, Trace trace) {
        this(number, issued, due, covers, firm, oneOff, tax, cashRounding, trace, Kind.PERIOD);
    }

    /**
     * Checks if this invoice is a credit note: the client is owed its amount (an amendment to a cheaper tier, the refund
     * of a cancellation larger than its fee).
     *
     * @return true if its amount before tax is negative
     */
    public boolean isCreditNote() {
        return amount().isNegative();
    }

    /**
     * Returns this invoice under another number, as a schedule numbers its invoices in the order they are issued.
     *
     * @param number the number, from 1
     * @return the invoice numbered so
     */
    public Invoice withNumber(int number) {
        return new Invoice(number, issued, due, covers, firm, oneOff, tax, cashRounding, trace, kind);
    }

    /**
     * Returns the amount before tax: firm plus one-off.
     *
     * @return the tax-exclusive amount
     */
    public MonetaryAmount amount() {
        return firm.add(oneOff);
    }

    /**
     * Returns what the client pays: the amount, its tax and the cash rounding.
     *
     * @return the payable amount
     */
    public MonetaryAmount total() {
        return amount().add(tax).add(cashRounding);
    }

    /**
     * Returns the amount shown to a client who sees prices with or without tax.
     *
     * @param display with or without tax
     * @return {@link #total()} or {@link #amount()}
     */
    public MonetaryAmount shown(TaxDisplay display) {
        Objects.requireNonNull(display, "display");
        return display == TaxDisplay.TAX_INCLUSIVE ? total() : amount();
    }

    /** Returns the record's components, amounts written exactly. */
    @Override
    public String toString() {
        return "Invoice[number=" + number + ", issued=" + issued + ", due=" + due + ", covers=" + covers + ", firm=" + Checks.describe(firm)
                + ", oneOff=" + Checks.describe(oneOff) + ", tax=" + Checks.describe(tax) + ", cashRounding="
                + Checks.describe(cashRounding) + ", trace=" + trace + ", kind=" + kind + "]";
    }
}
