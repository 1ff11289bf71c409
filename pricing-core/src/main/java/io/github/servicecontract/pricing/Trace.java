package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a line's amount came about: the rule that computed it and its inputs and intermediate
 * values, in order. Enough to explain the number in words, in any language.
 *
 * <p>For example, the Saturday call-out of a technician: rule {@code labour}, steps
 * {@code rate=90.00 EUR, worked=PT1H20M, billed-hours=1.5, band=SATURDAY,
 * band-multiplier=1.5x, amount=202.50 EUR}, each step's key a {@link StandardTraceKey}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the name of the rule, lower-case words joined by hyphens
 * @param steps the inputs and intermediate values, in order
 */
public record Trace(String rule, List<TraceStep> steps) {

    /**
     * Creates a trace.
     *
     * @throws IllegalArgumentException if {@code rule} is not lower-case words joined by hyphens
     */
    public Trace {
        Checks.requireHyphenatedWords("rule", rule);
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * Obtains a trace.
     *
     * @param rule the rule's name
     * @param steps the steps, in order
     * @return the trace
     */
    public static Trace of(String rule, TraceStep... steps) {
        Objects.requireNonNull(steps, "steps");
        return new Trace(rule, List.of(steps));
    }

    /**
     * Returns a copy of this trace with one more step.
     *
     * @param key what the value is
     * @param value the value
     * @return the longer trace
     */
    public Trace plus(TraceKey key, Object value) {
        TraceStep[] longer = steps.toArray(new TraceStep[steps.size() + 1]);
        longer[steps.size()] = TraceStep.of(key, value);
        return new Trace(rule, List.of(longer)); // List.copyOf keeps an immutable list as it is: one copy, not two
    }

    /**
     * Returns the value of the first step with {@code key}.
     *
     * @param key the key
     * @return the value, or empty
     */
    public Optional<Object> valueOf(TraceKey key) {
        Objects.requireNonNull(key, "key");
        return steps.stream().filter(s -> s.key().equals(key)).map(TraceStep::value).findFirst();
    }

    /** Returns {@code rule: label=value, ...}, a plain form for logs and tests. */
    @Override
    public String toString() {
        return rule + ": " + steps.stream().map(TraceStep::toString).collect(Collectors.joining(", "));
    }
}
