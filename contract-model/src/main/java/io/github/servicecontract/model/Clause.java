package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One line of what a contract includes or excludes, with the typed parameters its wording needs.
 *
 * <p>Standard clauses come from the {@link StandardClause} catalogue, for example
 * {@code Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(2))}
 * for "two on-site visits a year". An integrator's own clause is built with {@link #builder()}
 * and carries its own text.
 *
 * <p>A clause on its own may lack a required parameter; {@link ClauseAudit} reports that, and a
 * {@link ServiceTier} or {@link Contract} with such a clause cannot be built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Clause {

    Clause() {}

    /**
     * Returns a new builder, for a clause of the integrator's own.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a standard clause without parameters.
     *
     * <p>For example, {@code Clause.of(StandardClause.POWER_SURGE)} excludes damage from power
     * surges and lightning.
     *
     * @param standard the catalogue entry
     * @return the clause
     */
    public static Clause of(StandardClause standard) {
        Objects.requireNonNull(standard, "standard");
        return builder().id(standard.id()).kind(standard.kind()).category(standard.category())
                .messageKey(standard.messageKey()).services(standard.services())
                .requiredParameters(standard.requiredParameters()).build();
    }

    /**
     * Obtains a standard clause with one parameter.
     *
     * @param standard the catalogue entry
     * @param parameter the parameter
     * @param value its value, of the parameter's kind
     * @return the clause
     * @throws IllegalArgumentException if {@code value} is not of the parameter's kind
     */
    public static Clause of(StandardClause standard, ClauseParameter parameter, ParameterValue value) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        return of(standard).withParameter(parameter, value);
    }

    /** The stable identifier; unique within a contract. */
    public abstract ClauseId id();

    /** Whether the clause includes or excludes. */
    public abstract ClauseKind kind();

    /** The category the clause is shown under. */
    public abstract ClauseCategory category();

    /** The key of the clause's wording; {@code "clause." + id} by default. */
    @Value.Default
    public MessageKey messageKey() {
        return MessageKey.of("clause." + id().value());
    }

    /** The integrator's own wording, for a clause outside the standard catalogue. */
    public abstract Optional<String> customText();

    /** The chargeable services this clause includes or excludes, possibly none. */
    public abstract Set<ChargeableService> services();

    /** The parameters the wording needs, possibly none. */
    public abstract Set<ClauseParameter> requiredParameters();

    /** The parameter values, each of its parameter's kind. */
    public abstract Map<ClauseParameter, ParameterValue> parameters();

    /**
     * Returns the value of {@code parameter}, if set.
     *
     * @param parameter the parameter
     * @return the value, or empty
     */
    public Optional<ParameterValue> parameter(ClauseParameter parameter) {
        Objects.requireNonNull(parameter, "parameter");
        return Optional.ofNullable(parameters().get(parameter));
    }

    /**
     * Returns the required parameters that have no value.
     *
     * @return the missing parameters, empty when complete
     */
    public Set<ClauseParameter> missingParameters() {
        Set<ClauseParameter> missing = EnumSet.noneOf(ClauseParameter.class);
        requiredParameters().stream().filter(p -> !parameters().containsKey(p)).forEach(missing::add);
        return missing;
    }

    /**
     * Checks if this clause includes something.
     *
     * @return true for an inclusion
     */
    public boolean isInclusion() {
        return kind() == ClauseKind.INCLUSION;
    }

    /**
     * Returns a copy of this clause with {@code parameter} set to {@code value}.
     *
     * @param parameter the parameter
     * @param value its value, of the parameter's kind
     * @return the changed copy
     * @throws IllegalArgumentException if {@code value} is not of the parameter's kind
     */
    public Clause withParameter(ClauseParameter parameter, ParameterValue value) {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        return builder().from(this).putParameters(parameter, value).build();
    }

    @Value.Check
    void check() {
        customText().ifPresent(text -> Checks.requireText("customText", text));
        parameters().forEach((parameter, value) -> {
            if (!parameter.accepts(value)) {
                throw Checks.invalid("parameters[" + parameter + "]", value, "must be a " + parameter.kind());
            }
        });
    }

    /** Builds a {@link Clause}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableClause.Builder {
        Builder() {}
    }
}
