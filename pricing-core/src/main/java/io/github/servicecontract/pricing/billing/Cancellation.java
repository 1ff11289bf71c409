package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The end of a contract before its term, as an {@link AmendedSchedule} records it: the first day
 * no longer served, the refund of the days already invoiced beyond it, the early-termination fee
 * the terms set (zero when none), and the final adjustment invoice, fee less refund (a credit
 * note when the refund is larger).
 *
 * <p>For example, a contract billed 2,061.50 a year from 1 January, ended from 1 September with a
 * fee of 100.00: 122 of 365 days refunded, 689.05, a credit note of 589.05 before tax.
 *
 * <p>Obtained from {@link AmendedSchedule#cancel}. This class is immutable and thread-safe.
 */
public final class Cancellation {

    private final LocalDate effective;
    private final MonetaryAmount refund;
    private final MonetaryAmount fee;
    private final Invoice adjustment;

    Cancellation(LocalDate effective, MonetaryAmount refund, MonetaryAmount fee, Invoice adjustment) {
        this.effective = Objects.requireNonNull(effective, "effective");
        this.refund = Objects.requireNonNull(refund, "refund");
        this.fee = Objects.requireNonNull(fee, "fee");
        this.adjustment = adjustment;
        if (refund.isNegative()) {
            throw Checks.invalid("refund", refund, "must be >= 0");
        }
        if (fee.isNegative()) {
            throw Checks.invalid("fee", fee, "must be >= 0");
        }
    }

    /** The first day no longer served. */
    public LocalDate effective() {
        return effective;
    }

    /** The price of the days already invoiced from that day, zero when none. */
    public MonetaryAmount refund() {
        return refund;
    }

    /** The early-termination fee, zero when none. */
    public MonetaryAmount fee() {
        return fee;
    }

    /**
     * The invoice of the fee less the refund, issued on the first day no longer served, covering
     * the days refunded; empty when both are zero.
     *
     * @return the adjustment, if any
     */
    public Optional<Invoice> adjustment() {
        return Optional.ofNullable(adjustment);
    }

    /** The days, refund and fee, written exactly. */
    @Override
    public String toString() {
        return "Cancellation[effective=" + effective + ", refund=" + Checks.describe(refund) + ", fee=" + Checks.describe(fee) + "]";
    }
}
