package io.github.servicecontract.pricing.ratesheet;

import java.util.Objects;

/**
 * One problem of a rate sheet: a stable code, how serious it is, where it is, and a plain
 * message.
 *
 * <p>For example, {@code NEGATIVE_RATE ERROR at line 12: rate must be >= 0, was -85.00}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code what kind of problem, stable across releases
 * @param severity whether it makes the sheet unusable
 * @param location where: {@code "line 12"}, or the rate's key
 * @param message what is wrong, in plain English
 */
public record RateProblem(Code code, Severity severity, String location, String message) {

    /** Creates a problem. */
    public RateProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    static RateProblem of(Code code, String location, String message) {
        return new RateProblem(code, code.severity(), location, message);
    }

    @Override
    public String toString() {
        return code + " " + severity + " at " + location + ": " + message;
    }

    /** How serious a problem is. */
    public enum Severity {
        /** The sheet cannot be used as it is. */
        ERROR,
        /** The sheet can be used, but the rate is probably a mistake. */
        WARNING
    }

    /** The kinds of problem, each with its severity. */
    public enum Code {
        /** A rate that the tiers need is missing. */
        MISSING_RATE(Severity.ERROR),
        /** A rate is negative. */
        NEGATIVE_RATE(Severity.ERROR),
        /** A service rate (labour, travel, tickets, updates) is zero. */
        ZERO_RATE(Severity.WARNING),
        /** The sheet has more than one currency. */
        MIXED_CURRENCY(Severity.ERROR),
        /** A premium band (evening, night, weekend, emergency) costs less than business hours. */
        PREMIUM_BAND_CHEAPER(Severity.WARNING),
        /** A tier's own service rate is above the standard rate. */
        MEMBER_RATE_ABOVE_STANDARD(Severity.WARNING),
        /** Two rows for the same rate apply on the same days. */
        OVERLAPPING_DATES(Severity.ERROR),
        /** Rows for the same rate leave days with no rate between them. */
        DATE_GAP(Severity.ERROR),
        /** A row ends before it starts. */
        INVALID_DATES(Severity.ERROR),
        /** Brackets of one rate repeat a bound or mix modes. */
        BRACKETS_NOT_CONTIGUOUS(Severity.ERROR),
        /** Brackets of one rate do not end with exactly one open bracket. */
        BRACKETS_OPEN_ENDS(Severity.ERROR),
        /** The same rate is given twice for the same days. */
        DUPLICATE_KEY(Severity.ERROR),
        /** A unit is not one this library knows. */
        UNKNOWN_UNIT(Severity.ERROR),
        /**
         * A unit is not the one its component is priced in (a flat fee per hour), or brackets of one rate mix
         * units.
         */
        UNIT_MISMATCH(Severity.ERROR),
        /** A flat amount is given on a row that is not a bracket. */
        FLAT_WITHOUT_BRACKET(Severity.ERROR),
        /** A bracket's bound is a fraction of a unit that is counted (25.5 devices). */
        FRACTIONAL_BOUND(Severity.ERROR),
        /**
         * A rate has more decimals than its currency's minor unit (60.005 EUR, 1.50 JPY): amounts use it
         * exactly, documents show it rounded to the currency.
         */
        FINER_THAN_CURRENCY(Severity.WARNING);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        /**
         * Returns how serious this kind of problem is.
         *
         * @return the severity
         */
        public Severity severity() {
            return severity;
        }
    }
}
