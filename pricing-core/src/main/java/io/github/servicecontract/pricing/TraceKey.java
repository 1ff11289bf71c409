package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;

/**
 * What a trace step's value is: one of the library's {@link StandardTraceKey}s, or a key of a
 * rule written elsewhere, obtained with {@link #of}.
 *
 * <p>For example, {@code TraceKey.of("billed-hours")} is {@link StandardTraceKey#BILLED_HOURS};
 * {@code TraceKey.of("pool-volume")} is a vendor's own key, which documents word as
 * {@code trace.pool-volume} when a bundle has it, or as its id.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface TraceKey permits StandardTraceKey, TraceKey.Own {

    /**
     * Returns the key's id, lower-case words joined by hyphens.
     *
     * @return the id
     */
    String id();

    /**
     * Obtains the key with {@code id}: the standard key if there is one, else a key of its own.
     *
     * @param id lower-case words joined by hyphens
     * @return the key
     * @throws IllegalArgumentException if {@code id} is not lower-case words joined by hyphens
     */
    static TraceKey of(String id) {
        Checks.requireHyphenatedWords("id", id);
        for (StandardTraceKey key : StandardTraceKey.values()) {
            if (key.id().equals(id)) {
                return key;
            }
        }
        return new Own(id);
    }

    /**
     * A key that is not one of the standard ones, equal to another of the same id.
     *
     * @param id lower-case words joined by hyphens
     */
    record Own(String id) implements TraceKey {

        /**
         * Creates a key; use {@link TraceKey#of}, which gives the standard key of a standard id.
         *
         * @throws IllegalArgumentException if {@code id} is not lower-case words joined by hyphens,
         *     or is a standard key's
         */
        public Own {
            Checks.requireHyphenatedWords("id", id);
            for (StandardTraceKey key : StandardTraceKey.values()) {
                if (key.id().equals(id)) {
                    throw Checks.invalid("id", id, "must not be a standard key's; use StandardTraceKey." + key.name());
                }
            }
        }

        /** Returns the id. */
        @Override
        public String toString() {
            return id;
        }
    }
}
