package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;

/**
 * One input or intermediate value of a computation, named by its key.
 *
 * <p>For example, {@code TraceStep.of(StandardTraceKey.BILLED_HOURS, new BigDecimal("1.5"))} or
 * {@code TraceStep.of(StandardTraceKey.BAND_MULTIPLIER, Multiplier.of("1.5"))};
 * {@code i18n-bundles} words a key as {@code trace.<id>}. Values are amounts, decimals,
 * durations, distances, percentages, multipliers, counts or enum constants.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key what the value is
 * @param value the value
 */
public record TraceStep(TraceKey key, Object value) {

    /** Creates a step. */
    public TraceStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a step.
     *
     * @param key what the value is
     * @param value the value
     * @return the step
     */
    public static TraceStep of(TraceKey key, Object value) {
        return new TraceStep(key, value);
    }

    /** Returns {@code id=value}. */
    @Override
    public String toString() {
        return key.id() + "=" + Checks.describe(value);
    }
}
