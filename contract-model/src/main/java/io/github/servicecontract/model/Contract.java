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
        List<ClauseProblem> problems = ClauseAudit.audit(clauses(), tier().providedServices(), tier().billedOnDemand());
        if (!problems.isEmpty()) {
            throw new InvalidClausesException("clauses of the contract", problems);
        }
    }

    /** Builds a {@link Contract}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableContract.Builder {
        Builder() {}
    }
}
