package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One change of a contract over its life, as an {@link AmendedSchedule} records it: the day it
 * was asked for, the day it takes effect, the schedule in force from that day, and, when it takes
 * effect inside an invoice period already billed, the credit for that period's days left at the
 * old price, the charge for them at the new one and the adjustment invoice (a credit note when
 * the change lowers the price).
 *
 * <p>For example, eight cameras added on 12 May to a contract billed annually from 1 January:
 * the days from 12 May to 31 December are credited at the old yearly price and charged at the
 * new one, 234 of the 365 days the annual invoice covers.
 *
 * <p>Obtained from {@link AmendedSchedule#amend}. This class is immutable and thread-safe.
 */
public final class Amendment {

    private final LocalDate requested;
    private final ChangeTiming timing;
    private final LocalDate effective;
    private final BillingSchedule schedule;
    private final MonetaryAmount credit;
    private final MonetaryAmount charge;
    private final Invoice adjustment;

    Amendment(LocalDate requested, ChangeTiming timing, LocalDate effective, BillingSchedule schedule, MonetaryAmount credit,
            MonetaryAmount charge, Invoice adjustment) {
        this.requested = Objects.requireNonNull(requested, "requested");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.effective = Objects.requireNonNull(effective, "effective");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.charge = Objects.requireNonNull(charge, "charge");
        this.adjustment = adjustment;
        if (effective.isBefore(requested)) {
            throw Checks.invalid("effective", effective, "must not be before the day asked " + requested);
        }
    }

    /** The day the change was asked for. */
    public LocalDate requested() {
        return requested;
    }

    /** When it takes effect. */
    public ChangeTiming timing() {
        return timing;
    }

    /** The day it takes effect. */
    public LocalDate effective() {
        return effective;
    }

    /** The schedule in force from that day: the invoices of the changed contract. */
    public BillingSchedule schedule() {
        return schedule;
    }

    /** The old price of the days left in the invoice period billed, zero when none. */
    public MonetaryAmount credit() {
        return credit;
    }

    /** The new price of those days, zero when none. */
    public MonetaryAmount charge() {
        return charge;
    }

    /**
     * The invoice of the charge less the credit, issued on the day the change takes effect, of
     * kind {@link Invoice.Kind#AMENDMENT} and numbered as the amended schedule numbers it (after
     * every invoice issued up to that day; a later change never comes before it); empty when
     * nothing is prorated.
     *
     * @return the adjustment, if any
     */
    public Optional<Invoice> adjustment() {
        return Optional.ofNullable(adjustment);
    }

    /**
     * Returns what the change adds to the period already billed: the charge less the credit,
     * below zero for a credit.
     *
     * @return the difference, before tax
     */
    public MonetaryAmount difference() {
        return charge.subtract(credit);
    }

    /** The days, timing and amounts, written exactly. */
    @Override
    public String toString() {
        return "Amendment[requested=" + requested + ", " + timing + ", effective=" + effective + ", credit=" + Checks.describe(credit)
                + ", charge=" + Checks.describe(charge) + "]";
    }

    /** The amendments' invoices, for {@link AmendedSchedule}. */
    static List<Invoice> adjustments(List<Amendment> amendments) {
        return amendments.stream().flatMap(amendment -> amendment.adjustment().stream()).toList();
    }
}
