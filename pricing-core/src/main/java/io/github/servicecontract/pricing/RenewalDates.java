package io.github.servicecontract.pricing;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
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
 * <p>This class is immutable and thread-safe.
 */
public final class RenewalDates {

    private final ContractTerms terms;
    private final LocalDate endExclusive;

    private RenewalDates(ContractTerms terms, LocalDate endExclusive) {
        this.terms = terms;
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
        return new RenewalDates(terms, end);
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
        return other instanceof RenewalDates && terms.equals(((RenewalDates) other).terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "RenewalDates[end " + endOfTerm() + renewalDate().map(d -> ", renews " + d).orElse("")
                + lastDayToCancel().map(d -> ", cancel by " + d).orElse("") + "]";
    }
}
