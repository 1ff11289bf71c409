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
 * <p>This class is immutable and thread-safe.
 *
 * @param effective the first day no longer served
 * @param refund the price of the days already invoiced from that day, zero when none
 * @param fee the early-termination fee, zero when none
 * @param adjustment the invoice of the fee less the refund on that day; empty when both are zero
 */
public record Cancellation(LocalDate effective, MonetaryAmount refund, MonetaryAmount fee, Optional<Invoice> adjustment) {

    /**
     * Checks the cancellation adds up.
     *
     * @throws IllegalArgumentException if the refund or fee is negative, or the adjustment is not
     *     the fee less the refund
     */
    public Cancellation {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(adjustment, "adjustment");
        if (refund.isNegative()) {
            throw Checks.invalid("refund", refund, "must be >= 0");
        }
        if (fee.isNegative()) {
            throw Checks.invalid("fee", fee, "must be >= 0");
        }
        if (adjustment.isPresent() && !adjustment.get().firm().isEqualTo(fee.subtract(refund))) {
            throw Checks.invalid("adjustment", adjustment.get(), "must be the fee less the refund");
        }
    }

    /** The days, refund and fee, written exactly. */
    @Override
    public String toString() {
        return "Cancellation[effective=" + effective + ", refund=" + Checks.describe(refund) + ", fee=" + Checks.describe(fee) + "]";
    }
}
