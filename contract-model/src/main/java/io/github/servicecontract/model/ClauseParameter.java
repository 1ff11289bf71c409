package io.github.servicecontract.model;
import java.util.Objects;

/**
 * A named parameter of a clause, with the kind of value it takes.
 *
 * <p>For example, the clause "two on-site visits a year" has {@code VISITS = count(2)}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ClauseParameter {
    /** A number of on-site visits. */
    VISITS(ParameterValue.Kind.COUNT),
    /** A number of system updates. */
    UPDATES(ParameterValue.Kind.COUNT),
    /** A number of months, such as the term of an extended warranty. */
    MONTHS(ParameterValue.Kind.COUNT),
    /** A number of hours or an amount of time, such as remote support time. */
    HOURS(ParameterValue.Kind.DURATION),
    /** A response time. */
    RESPONSE_TIME(ParameterValue.Kind.DURATION),
    /** A distance, such as a free travel radius. */
    RADIUS(ParameterValue.Kind.DISTANCE),
    /** A discount. */
    DISCOUNT(ParameterValue.Kind.PERCENTAGE);

    private final ParameterValue.Kind kind;

    ClauseParameter(ParameterValue.Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the kind of value this parameter takes.
     *
     * @return the kind
     */
    public ParameterValue.Kind kind() {
        return kind;
    }

    /**
     * Checks if {@code value} is of the kind this parameter takes.
     *
     * @param value the value
     * @return true if it fits
     */
    public boolean accepts(ParameterValue value) {
        Objects.requireNonNull(value, "value");
        return value.kind() == kind;
    }
}
