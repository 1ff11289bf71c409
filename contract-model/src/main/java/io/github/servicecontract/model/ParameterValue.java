package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * The typed value of a clause parameter: a count, a duration, a distance or a percentage.
 *
 * <p>For example, {@code ParameterValue.count(2)} for two visits and
 * {@code ParameterValue.duration(Duration.ofHours(4))} for a four-hour response time.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ParameterValue {

    /**
     * Obtains a count, such as a number of visits.
     *
     * @param count the count, at least zero
     * @return the value
     * @throws IllegalArgumentException if {@code count} is negative
     */
    static ParameterValue count(int count) {
        return new Count(count);
    }

    /**
     * Obtains a duration, such as hours of remote support or a response time.
     *
     * @param duration the duration, at least zero
     * @return the value
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    static ParameterValue duration(Duration duration) {
        return new Length(duration);
    }

    /**
     * Obtains a distance, such as a free travel radius.
     *
     * @param distance the distance
     * @return the value
     */
    static ParameterValue distance(Distance distance) {
        return new Span(distance);
    }

    /**
     * Obtains a percentage, such as a discount.
     *
     * @param percentage the percentage
     * @return the value
     */
    static ParameterValue percentage(Percentage percentage) {
        return new Share(percentage);
    }

    /**
     * Returns the kind of this value.
     *
     * @return the kind
     */
    Kind kind();

    /** The kinds of parameter value. */
    enum Kind {
        /** A whole number, at least zero. */
        COUNT,
        /** A {@link Duration}. */
        DURATION,
        /** A {@link Distance}. */
        DISTANCE,
        /** A {@link Percentage}. */
        PERCENTAGE
    }

    /**
     * A count.
     *
     * @param value the count, at least zero
     */
    record Count(int value) implements ParameterValue {
        /**
         * Creates a count.
         *
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Count {
            Checks.requireAtLeast("count", value, 0);
        }

        @Override
        public Kind kind() {
            return Kind.COUNT;
        }
    }

    /**
     * A duration.
     *
     * @param value the duration, at least zero
     */
    record Length(Duration value) implements ParameterValue {
        /**
         * Creates a duration value.
         *
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Length {
            Checks.requireNonNegative("duration", value);
        }

        @Override
        public Kind kind() {
            return Kind.DURATION;
        }
    }

    /**
     * A distance.
     *
     * @param value the distance
     */
    record Span(Distance value) implements ParameterValue {
        /** Creates a distance value. */
        public Span {
            Objects.requireNonNull(value, "distance");
        }

        @Override
        public Kind kind() {
            return Kind.DISTANCE;
        }
    }

    /**
     * A percentage.
     *
     * @param value the percentage
     */
    record Share(Percentage value) implements ParameterValue {
        /** Creates a percentage value. */
        public Share {
            Objects.requireNonNull(value, "percentage");
        }

        @Override
        public Kind kind() {
            return Kind.PERCENTAGE;
        }
    }
}
