package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One change of a contract over its life, as an {@link AmendedSchedule} records it: the day it
 * takes effect, the schedule in force from that day, and, when it takes effect inside an invoice
 * period already billed, the credit for that period's days left at the old price, the charge for
 * them at the new one and the adjustment invoice (a credit note when the change lowers the
 * price).
 *
 * <p>For example, eight cameras added on 12 May to a contract billed annually from 1 January:
 * the days from 12 May to 31 December are credited at the old yearly price and charged at the
 * new one, 234 of the 365 days the annual invoice covers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param requested the day the change was asked for
 * @param timing when it takes effect
 * @param effective the day it takes effect
 * @param schedule the schedule in force from that day: the invoices of the new contract
 * @param credit the old price of the days left in the invoice period billed, zero when none
 * @param charge the new price of those days, zero when none
 * @param adjustment the invoice of charge less credit, issued on the day it takes effect; empty
 *     when nothing is prorated
 */
public record Amendment(LocalDate requested, ChangeTiming timing, LocalDate effective, BillingSchedule schedule,
        MonetaryAmount credit, MonetaryAmount charge, Optional<Invoice> adjustment) {

    /**
     * Checks the amendment adds up.
     *
     * @throws IllegalArgumentException if it takes effect before it was asked for, or the
     *     adjustment is not charge less credit
     */
    public Amendment {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(adjustment, "adjustment");
        if (effective.isBefore(requested)) {
            throw Checks.invalid("effective", effective, "must not be before the day asked " + requested);
        }
        if (adjustment.isPresent() && !adjustment.get().firm().isEqualTo(charge.subtract(credit))) {
            throw Checks.invalid("adjustment", adjustment.get(), "must be the charge less the credit");
        }
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
