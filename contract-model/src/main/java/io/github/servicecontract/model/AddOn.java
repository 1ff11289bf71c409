package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Something sold on top of a tier, such as an extended warranty or loaner equipment, with the
 * clauses it adds to the contract. Its price comes from the rate table.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AddOn {

    AddOn() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains an add-on from its identifier and clauses, named {@code "add-on." + id}.
     *
     * @param id the identifier
     * @param clauses the clauses it adds, at least one
     * @return the add-on
     * @throws IllegalArgumentException if {@code clauses} is empty
     */
    public static AddOn of(AddOnId id, List<Clause> clauses) {
        return builder().id(id).clauses(Objects.requireNonNull(clauses, "clauses")).build();
    }

    /** The stable identifier, for example {@code extended-warranty}. */
    public abstract AddOnId id();

    /** The key of the add-on's display name; {@code "add-on." + id} by default. */
    @Value.Default
    public MessageKey nameKey() {
        return MessageKey.of("add-on." + id().value());
    }

    /** The clauses the add-on adds to the contract, at least one. */
    public abstract List<Clause> clauses();

    @Value.Check
    void check() {
        if (clauses().isEmpty()) {
            throw Checks.invalid("clauses", clauses(), "must contain at least one clause");
        }
    }

    /** Builds an {@link AddOn}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableAddOn.Builder {
        Builder() {}
    }
}
