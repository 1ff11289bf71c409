package io.github.servicecontract.pricing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A trace written when it is first read, once: pricing records what explains a rate-card entry
 * (a {@link QuoteLine} does the same in its own fields), and only a caller who reads the
 * explanation pays for its steps, their labels and their amounts.
 *
 * <p>The supplier must be pure: it reads only immutable values captured when the line was
 * priced, so that the trace is the same whenever, and on whichever thread, it is first read.
 * Thread-safe: a trace raced for is written at most once per racing thread, and every one
 * written is equal.
 */
final class LazyTrace {

    private final Supplier<Trace> explanation;
    private Trace trace; // racy single-check: Trace is a record of final fields over an immutable list

    private LazyTrace(Supplier<Trace> explanation, Trace trace) {
        this.explanation = explanation;
        this.trace = trace;
    }

    static LazyTrace of(Supplier<Trace> explanation) {
        return new LazyTrace(Objects.requireNonNull(explanation, "explanation"), null);
    }

    static LazyTrace of(Trace trace) {
        return new LazyTrace(null, Objects.requireNonNull(trace, "trace"));
    }

    Trace get() {
        Trace written = trace;
        if (written == null) {
            written = Objects.requireNonNull(explanation.get(), "a trace supplier returned null");
            trace = written;
        }
        return written;
    }
}
