package io.github.servicecontract.model;

import java.util.Objects;

/**
 * One inconsistency found by {@link ClauseAudit}: what is wrong, about what, and why.
 *
 * <p>For example, {@code PARAMETER_MISSING} about {@code on-site-visits}:
 * "clause on-site-visits needs parameter VISITS".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the kind of problem, stable across releases
 * @param subject the clause identifier or service name the problem is about
 * @param message a plain English explanation
 */
public record ClauseProblem(Code code, String subject, String message) {

    /** Creates a problem. */
    public ClauseProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of clause problem. */
    public enum Code {
        /** The same clause identifier appears more than once. */
        DUPLICATE_CLAUSE,
        /** A clause or a service is both included and excluded. */
        INCLUDED_AND_EXCLUDED,
        /** A clause lacks a parameter its wording needs. */
        PARAMETER_MISSING,
        /** A provided service is neither included, billed on demand, nor explicitly excluded. */
        SERVICE_SILENTLY_FREE,
        /**
         * A clause promises another figure than the tier it belongs to prices or guarantees: five
         * updates where the quota is four, a 10 % discount where the perk is 5 %, a response in
         * 4 hours where the tier's is 8.
         */
        CONTRADICTS_TIER
    }

    @Override
    public String toString() {
        return code + " " + subject + ": " + message;
    }
}
