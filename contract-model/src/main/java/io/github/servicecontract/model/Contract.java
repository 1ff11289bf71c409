package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service contract: a client, the site serviced, the tier sold, the terms, and any add-ons.
 *
 * <p>Its {@link #clauses()} are the tier's followed by the add-ons', and they must be consistent
 * together: building a contract whose add-on duplicates or contradicts a tier clause throws an
 * {@link InvalidClausesException} listing every problem.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contract {

    Contract() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Who signs the contract. */
    public abstract Client client();

    /** The serviced site. */
    public abstract Site site();

    /** The tier sold. */
    public abstract ServiceTier tier();

    /** The commercial terms. */
    public abstract ContractTerms terms();

    /** The add-ons sold on top of the tier, each at most once. */
    public abstract List<AddOn> addOns();

    /**
     * Returns every clause of the contract: the tier's, then each add-on's, in order.
     *
     * @return the clauses
     */
    @Value.Derived
    public List<Clause> clauses() {
        List<Clause> all = new ArrayList<>(tier().clauses());
        addOns().forEach(addOn -> all.addAll(addOn.clauses()));
        return List.copyOf(all);
    }

    @Value.Check
    void check() {
        Set<AddOnId> ids = new HashSet<>();
        for (AddOn addOn : addOns()) {
            if (!ids.add(addOn.id())) {
                throw Checks.invalid("addOns", addOn.id(), "must not repeat an add-on");
            }
        }
        germanConsumerTerms();
        List<ClauseProblem> problems = ClauseAudit.audit(clauses(), tier().providedServices(), tier().billedOnDemand());
        if (!problems.isEmpty()) {
            throw new InvalidClausesException("clauses of the contract", problems);
        }
    }

    /**
     * A consumer's contract in Germany keeps to BGB § 309 Nr. 9 (as the Gesetz für faire
     * Verbraucherverträge worded it from 1 March 2022): a first term of at most two years (a), no
     * tacit renewal but into an open-ended term the consumer may cancel at any time with at most a
     * month's notice, which this library's renewal for another fixed term is not (b), and at most a
     * month's notice before the end of the first term (c). Terms that break it are void in standard
     * business terms, so the contract is refused.
     */
    private void germanConsumerTerms() {
        if (!site().region().country().equals("DE") || client().capacity() != Client.Capacity.CONSUMER) {
            return;
        }
        ContractTerms terms = terms();
        if (!terms.term().isOpenEnded() && terms.term().months().getAsInt() > 24) {
            throw Checks.invalid("terms.term", terms.term(), "must be at most 24 months for a consumer in Germany (BGB § 309 Nr. 9 a)");
        }
        if (!terms.term().isOpenEnded() && terms.renewal() == Renewal.AUTOMATIC) {
            throw Checks.invalid("terms.renewal", terms.renewal(), "must not renew a consumer's contract in Germany for another fixed"
                    + " term (BGB § 309 Nr. 9 b): end it, or sell an open-ended contract cancellable with a month's notice");
        }
        java.time.Period notice = terms.cancellationNotice();
        if (notice.toTotalMonths() > 1 || notice.toTotalMonths() == 1 && notice.getDays() > 0 || notice.getDays() > 31) {
            throw Checks.invalid("terms.cancellationNotice", notice, "must be at most 1 month for a consumer in Germany (BGB § 309 Nr. 9 c)");
        }
    }

    /** Builds a {@link Contract}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableContract.Builder {
        Builder() {}
    }
}
