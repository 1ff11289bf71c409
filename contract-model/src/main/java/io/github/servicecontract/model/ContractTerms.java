package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The commercial terms of a contract: when it starts, how long it runs, whether it renews, how
 * long the cancellation notice is, how often it is billed and how its price rises.
 *
 * <p>For example, a contract starting 2026-01-01 for 12 months, renewing automatically, with one
 * month's notice, billed annually with a 5 % prepay discount and a 3 % yearly rise.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContractTerms {

    ContractTerms() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day of service. */
    public abstract LocalDate start();

    /** How long the contract runs. */
    public abstract Term term();

    /** Whether a fixed term renews; automatic by default. */
    @Value.Default
    public Renewal renewal() {
        return Renewal.AUTOMATIC;
    }

    /** How long before the end of a term the client must cancel; one month by default. */
    @Value.Default
    public Period cancellationNotice() {
        return Period.ofMonths(1);
    }

    /**
     * How long the client has to pay an invoice, counted in days from its date; zero, payable on
     * receipt, by default. For example, {@code Period.ofDays(30)}.
     */
    @Value.Default
    public Period paymentTerm() {
        return Period.ZERO;
    }

    /** The longest payment term: 60 days, the most France's commercial code allows (article L. 441-10). */
    public static final int MAX_PAYMENT_DAYS = 60;

    /** How often the recurring fee is invoiced; monthly by default. */
    @Value.Default
    public BillingFrequency billingFrequency() {
        return BillingFrequency.MONTHLY;
    }

    /** The discount for paying the billing period in advance, 0 to 100 %; none by default. */
    @Value.Default
    public Percentage prepayDiscount() {
        return Percentage.ZERO;
    }

    /** How the price rises at each anniversary; not at all by default. */
    @Value.Default
    public Escalation escalation() {
        return Escalation.none();
    }

    /**
     * What the client owes for ending the contract before its term; empty when the terms say nothing of it (a fee is
     * then agreed when it happens). A share of the time left needs a fixed term.
     */
    public abstract Optional<EarlyTermination> earlyTermination();

    /**
     * Returns the day after the last day of the first term: {@code start + term}.
     *
     * <p>For example, a 12-month term starting 2026-01-01 ends before 2027-01-01.
     *
     * @return the exclusive end, empty for an open-ended term
     */
    public Optional<LocalDate> endExclusive() {
        return term().isOpenEnded() ? Optional.empty() : Optional.of(start().plusMonths(term().months().getAsInt()));
    }

    /** The first day a contract may start: the holiday calendars and the tables behind them begin here. */
    public static final LocalDate FIRST_START = LocalDate.of(1900, 1, 1);
    /**
     * The last day a contract may start: the longest term ({@link Term#MAX_MONTHS}) then ends by
     * 2299-12-31, within the years whose holidays the calendars look up.
     */
    public static final LocalDate LAST_START = LocalDate.of(2299, 12, 31).minusMonths(Term.MAX_MONTHS);

    /** Whether a period is shorter than a year, whatever the day it is counted from. */
    static boolean isShorterThanAYear(Period period) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return from.plus(period).isBefore(from.plusYears(1));
    }

    @Value.Check
    void check() {
        if (start().isBefore(FIRST_START) || start().isAfter(LAST_START)) {
            throw Checks.invalid("start", start(), "must be between " + FIRST_START + " and " + LAST_START);
        }
        if (term().isOpenEnded() && earlyTermination().filter(EarlyTermination.ShareOfRemaining.class::isInstance).isPresent()) {
            throw Checks.invalid("earlyTermination", earlyTermination().get(), "must be a fee for an open-ended term, which has no"
                    + " time left to share");
        }
        if (cancellationNotice().isNegative()) {
            throw Checks.invalid("cancellationNotice", cancellationNotice(), "must not be negative");
        }
        if (prepayDiscount().isGreaterThan(Percentage.ONE_HUNDRED)) {
            throw Checks.invalid("prepayDiscount", prepayDiscount(), "must be <= 100%");
        }
        if (!term().isOpenEnded()) {
            LocalDate end = endExclusive().orElseThrow();
            if (!end.minus(cancellationNotice()).isAfter(start())) {
                throw Checks.invalid("cancellationNotice", cancellationNotice(), "must be shorter than the term " + term());
            }
        }
        Period payment = paymentTerm();
        if (payment.getYears() != 0 || payment.getMonths() != 0 || payment.getDays() < 0 || payment.getDays() > MAX_PAYMENT_DAYS) {
            throw Checks.invalid("paymentTerm", payment, "must be a number of days from 0 to " + MAX_PAYMENT_DAYS + ", such as P30D");
        }
        if (!isShorterThanAYear(cancellationNotice())) {
            throw Checks.invalid("cancellationNotice", cancellationNotice(), "must be shorter than a year");
        }
    }

    /** Builds {@link ContractTerms}; {@link #build()} validates them. */
    public static final class Builder extends ImmutableContractTerms.Builder {
        Builder() {}
    }
}
