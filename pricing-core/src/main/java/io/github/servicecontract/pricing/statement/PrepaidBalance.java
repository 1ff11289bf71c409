package io.github.servicecontract.pricing.statement;

import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.Retainer;
import io.github.servicecontract.model.TicketPack;
import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * What is left of a prepayment over a statement's period: what it opened with, what the period's
 * work drew, what lapsed at its last day and what it closes with. Opening less drawn less lapsed
 * is closing, and none is ever negative.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PrepaidBalance permits PrepaidBalance.Bank, PrepaidBalance.Funds, PrepaidBalance.Tickets {

    /**
     * Returns the prepayment.
     *
     * @return the bank, retainer or pack
     */
    Prepayment prepayment();

    /**
     * Returns whether the prepayment's last day has passed by the end of the period.
     *
     * @return whether it no longer covers anything
     */
    boolean expired();

    /**
     * The hours of a bank.
     *
     * @param prepayment the bank
     * @param opening the time left at the start of the period
     * @param drawn the time the period's work drew
     * @param lapsed the time lost at its last day within the period
     * @param closing the time left at the end of the period
     * @param expired whether its last day has passed by the end of the period
     */
    record Bank(HoursBank prepayment, Duration opening, Duration drawn, Duration lapsed, Duration closing, boolean expired)
            implements PrepaidBalance {

        /**
         * Checks the account adds up.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Bank {
            Objects.requireNonNull(prepayment, "prepayment");
            for (Duration time : new Duration[] {opening, drawn, lapsed, closing}) {
                Checks.requireNonNegative("balance", time);
            }
            if (!opening.minus(drawn).minus(lapsed).equals(closing)) {
                throw Checks.invalid("closing", closing, "must be opening - drawn - lapsed");
            }
        }
    }

    /**
     * The amount of a retainer.
     *
     * @param prepayment the retainer
     * @param opening the amount left at the start of the period
     * @param drawn the amount the period's work drew
     * @param lapsed the amount lost at its last day within the period
     * @param closing the amount left at the end of the period
     * @param expired whether its last day has passed by the end of the period
     */
    record Funds(Retainer prepayment, MonetaryAmount opening, MonetaryAmount drawn, MonetaryAmount lapsed, MonetaryAmount closing,
            boolean expired) implements PrepaidBalance {

        /**
         * Checks the account adds up.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Funds {
            Objects.requireNonNull(prepayment, "prepayment");
            for (MonetaryAmount amount : new MonetaryAmount[] {opening, drawn, lapsed, closing}) {
                if (amount.isNegative()) {
                    throw Checks.invalid("balance", amount, "must be >= 0");
                }
            }
            if (!opening.subtract(drawn).subtract(lapsed).isEqualTo(closing)) {
                throw Checks.invalid("closing", closing, "must be opening - drawn - lapsed");
            }
        }
    }

    /**
     * The tickets of a pack.
     *
     * @param prepayment the pack
     * @param opening the tickets left at the start of the period
     * @param drawn the tickets the period's work drew
     * @param lapsed the tickets lost at its last day within the period
     * @param closing the tickets left at the end of the period
     * @param expired whether its last day has passed by the end of the period
     */
    record Tickets(TicketPack prepayment, int opening, int drawn, int lapsed, int closing, boolean expired) implements PrepaidBalance {

        /**
         * Checks the account adds up.
         *
         * @throws IllegalArgumentException if it does not
         */
        public Tickets {
            Objects.requireNonNull(prepayment, "prepayment");
            for (int count : new int[] {opening, drawn, lapsed, closing}) {
                Checks.requireAtLeast("balance", count, 0);
            }
            if (opening - drawn - lapsed != closing) {
                throw Checks.invalid("closing", closing, "must be opening - drawn - lapsed");
            }
        }
    }
}
