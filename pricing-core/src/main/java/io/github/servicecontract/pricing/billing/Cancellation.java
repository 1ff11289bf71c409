package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The end of a contract before its term, as an {@link AmendedSchedule} records it: the first day
 * no longer served, the refund of the days already invoiced beyond it, the early-termination fee
 * the terms set (zero when none; with its basis when it is a share of the firm price left), and the final adjustment invoice, fee less refund (a credit
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
    private final Percentage share;
    private final MonetaryAmount remaining;

    Cancellation(LocalDate effective, MonetaryAmount refund, MonetaryAmount fee, Invoice adjustment) {
        this(effective, refund, fee, adjustment, null, null);
    }

    private Cancellation(LocalDate effective, MonetaryAmount refund, MonetaryAmount fee, Invoice adjustment, Percentage share,
            MonetaryAmount remaining) {
        this.share = share;
        this.remaining = remaining;
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
     * The share of the firm price of the time left that the fee is, when the terms set it so.
     *
     * @return the share, if the fee is one
     */
    public Optional<Percentage> feeShare() {
        return Optional.ofNullable(share);
    }

    /**
     * The firm price of the time left, which the fee is a share of: the days of the period invoiced from the first
     * day no longer served, at the price in force, and every later period.
     *
     * @return the firm price left, if the fee is a share of it
     */
    public Optional<MonetaryAmount> feeBasis() {
        return Optional.ofNullable(remaining);
    }

    /** This cancellation, its fee being {@code share} of {@code remaining}. */
    Cancellation withFeeShare(Percentage share, MonetaryAmount remaining) {
        return new Cancellation(effective, refund, fee, adjustment, Objects.requireNonNull(share, "share"),
                Objects.requireNonNull(remaining, "remaining"));
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
        return "Cancellation[effective=" + effective + ", refund=" + Checks.describe(refund) + ", fee=" + Checks.describe(fee)
                + (share == null ? "" : " (" + share + " of " + Checks.describe(remaining) + ")") + "]";
    }
}
