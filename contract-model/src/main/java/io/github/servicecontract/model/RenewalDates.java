package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates that matter at the end of a fixed term: its last day, the renewal date, the last day
 * the client can cancel, and the window in which a French consumer must be told about renewal.
 *
 * <p>For example, a 12-month term from 2026-01-01 with one month's notice ends on 2026-12-31,
 * renews on 2027-01-01, can be cancelled until 2026-12-01, and (consumer code L.215-1: between
 * three months and one month before the last day to refuse renewal) obliges the integrator to
 * inform a French consumer in writing between 2026-09-01 and 2026-11-01.
 *
 * <p>{@link #of(ContractTerms)} gives the dates of the first term; {@link #of(ContractTerms,
 * LocalDate)} those of the term running on a day, after the contract has renewed, which a
 * nightly job that sends the renewal letters needs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenewalDates {

    private final ContractTerms terms;
    private final LocalDate startOfTerm;
    private final LocalDate endExclusive;

    private RenewalDates(ContractTerms terms, LocalDate startOfTerm, LocalDate endExclusive) {
        this.terms = terms;
        this.startOfTerm = startOfTerm;
        this.endExclusive = endExclusive;
    }

    /**
     * Obtains the renewal dates of a fixed term.
     *
     * @param terms the terms, with a fixed term
     * @return the dates
     * @throws IllegalArgumentException if the term is open-ended
     */
    public static RenewalDates of(ContractTerms terms) {
        Objects.requireNonNull(terms, "terms");
        LocalDate end = terms.endExclusive().orElseThrow(() -> Checks.invalid("term", terms.term(),
                "must be fixed to have renewal dates"));
        return new RenewalDates(terms, terms.start(), end);
    }

    /**
     * Obtains the renewal dates of the term running on {@code day}: the first term, or a term
     * it renewed into automatically. A renewed term is as long as the first, and each term
     * starts on the same day of the month as the first (a term from 31 August starts again on
     * 31 August, even after one that ended in February).
     *
     * <p>For example, a 12-month term from 2026-01-01 with one month's notice, on 2027-03-15:
     * the second term ends on 2027-12-31, renews on 2028-01-01 and can be cancelled until
     * 2027-12-01.
     *
     * @param terms the terms, with a fixed term
     * @param day a day on which the contract runs
     * @return the dates of that day's term
     * @throws IllegalArgumentException if the term is open-ended, if {@code day} is before the
     *     start, or if the contract does not renew and ended before {@code day}
     */
    public static RenewalDates of(ContractTerms terms, LocalDate day) {
        RenewalDates first = of(terms);
        Objects.requireNonNull(day, "day");
        if (day.isBefore(terms.start())) {
            throw Checks.invalid("day", day, "must not be before the contract starts on " + terms.start());
        }
        if (day.isBefore(first.endExclusive)) {
            return first;
        }
        if (terms.renewal() != Renewal.AUTOMATIC) {
            throw Checks.invalid("day", day, "must be within the term, which ends on " + first.endOfTerm() + " without renewal");
        }
        long months = terms.term().months().getAsInt();
        // the whole terms before the day: MONTHS.between never counts more months than plusMonths reaches by the day,
        // but one fewer where a term starts on a day its last month lacks (31 August to 28 February is 5, plusMonths 6)
        long term = ChronoUnit.MONTHS.between(terms.start(), day) / months;
        while (!terms.start().plusMonths((term + 1) * months).isAfter(day)) {
            term++;
        }
        return new RenewalDates(terms, terms.start().plusMonths(term * months), terms.start().plusMonths((term + 1) * months));
    }

    /** Returns the first day of the term: the start, or the day the contract renewed. */
    public LocalDate startOfTerm() {
        return startOfTerm;
    }

    /** Returns the last day of the term. */
    public LocalDate endOfTerm() {
        return endExclusive.minusDays(1);
    }

    /** Returns the first day of the renewed term, when the contract renews automatically. */
    public Optional<LocalDate> renewalDate() {
        return terms.renewal() == Renewal.AUTOMATIC ? Optional.of(endExclusive) : Optional.empty();
    }

    /**
     * Returns the last day on which a cancellation received still stops the renewal: the
     * renewal date minus the cancellation notice.
     *
     * @return the day, when the contract renews automatically
     */
    public Optional<LocalDate> lastDayToCancel() {
        return renewalDate().map(renewal -> renewal.minus(terms.cancellationNotice()));
    }

    /**
     * Returns the window in which a French consumer must be told in writing that the contract
     * will renew and how to refuse (consumer code article L.215-1): from three months to one
     * month before the last day to cancel.
     *
     * @return the window, when the contract renews automatically
     */
    public Optional<DateWindow> frenchConsumerInformationWindow() {
        return lastDayToCancel().map(deadline -> new DateWindow(deadline.minusMonths(3), deadline.minusMonths(1)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenewalDates && terms.equals(((RenewalDates) other).terms)
                && startOfTerm.equals(((RenewalDates) other).startOfTerm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, startOfTerm);
    }

    @Override
    public String toString() {
        return "RenewalDates[" + (startOfTerm.equals(terms.start()) ? "" : "term from " + startOfTerm + ", ") + "end " + endOfTerm() + renewalDate().map(d -> ", renews " + d).orElse("")
                + lastDayToCancel().map(d -> ", cancel by " + d).orElse("") + "]";
    }
}
