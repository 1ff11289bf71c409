package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What the client owes for ending a contract before its term, as the terms set it: a fixed fee, or a share of the
 * firm price of the time left (the recurring fees and the planned work from the last day served to the end of the
 * term). The days already invoiced and not served are refunded either way.
 *
 * <p>For example, {@code EarlyTermination.shareOfRemaining(Percentage.of(50))}: half the firm price of the months
 * left; {@code EarlyTermination.fee(Money.of(150, "EUR"))}: 150.00 EUR.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface EarlyTermination {

    /**
     * Obtains a fixed fee.
     *
     * @param amount the fee, zero for none
     * @return the rule
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    static EarlyTermination fee(MonetaryAmount amount) {
        return new Fee(amount);
    }

    /**
     * Obtains a share of the firm price of the time left.
     *
     * @param share the share, from 0 to 100 %
     * @return the rule
     * @throws IllegalArgumentException if {@code share} is over 100 %
     */
    static EarlyTermination shareOfRemaining(Percentage share) {
        return new ShareOfRemaining(share);
    }

    /**
     * A fixed fee.
     *
     * @param amount the fee
     */
    record Fee(MonetaryAmount amount) implements EarlyTermination {
        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Fee {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw Checks.invalid("amount", amount, "must be >= 0");
            }
        }
    }

    /**
     * A share of the firm price of the time left.
     *
     * @param share the share
     */
    record ShareOfRemaining(Percentage share) implements EarlyTermination {
        /**
         * Creates the rule.
         *
         * @throws IllegalArgumentException if {@code share} is over 100 %
         */
        public ShareOfRemaining {
            Objects.requireNonNull(share, "share");
            if (share.isGreaterThan(Percentage.ONE_HUNDRED)) {
                throw Checks.invalid("share", share, "must be <= 100%");
            }
        }
    }
}
