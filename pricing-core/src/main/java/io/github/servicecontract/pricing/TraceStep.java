package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;

/**
 * One input or intermediate value of a computation, named by a label.
 *
 * <p>For example, {@code TraceStep.of("billed-hours", new BigDecimal("1.5"))} or
 * {@code TraceStep.of("band-multiplier", Multiplier.of("1.5"))}. Labels are lower-case words
 * joined by hyphens; {@code i18n-bundles} words them as {@code trace.<label>}. Values are
 * amounts, decimals, durations, distances, percentages, multipliers, counts or enum constants.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label what the value is
 * @param value the value
 */
public record TraceStep(String label, Object value) {

    /**
     * Creates a step.
     *
     * @throws IllegalArgumentException if {@code label} is not lower-case words joined by hyphens
     */
    public TraceStep {
        Checks.requireHyphenatedWords("label", label);
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a step.
     *
     * @param label what the value is
     * @param value the value
     * @return the step
     * @throws IllegalArgumentException if {@code label} is not lower-case words joined by hyphens
     */
    public static TraceStep of(String label, Object value) {
        return new TraceStep(label, value);
    }

    /** Returns {@code label=value}. */
    @Override
    public String toString() {
        return label + "=" + Checks.describe(value);
    }
}
