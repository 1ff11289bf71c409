package io.github.servicecontract.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Argument checks that produce this library's message form: field, value and rule. */
final class Checks {

    private Checks() {}

    static IllegalArgumentException invalid(String field, Object value, String rule) {
        return new IllegalArgumentException(field + " " + rule + ", was " + value);
    }

    static int requireAtLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw invalid(field, value, "must be >= " + minimum);
        }
        return value;
    }

    static BigDecimal requireNonNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, value.toPlainString(), "must be >= 0");
        }
        return value;
    }

    static Duration requireNonNegative(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw invalid(field, value, "must be >= 0");
        }
        return value;
    }

    static Duration requirePositive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw invalid(field, value, "must be > 0");
        }
        return value;
    }

    /** Strips trailing zeros so that numerically equal decimals are equal, keeping scale >= 0. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw invalid(field, "\"" + value + "\"", "must not be blank");
        }
        return value;
    }

    static BigDecimal parseDecimal(String field, CharSequence text) {
        try {
            return new BigDecimal(text.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(field, "\"" + text + "\"", "must be a decimal number");
        }
    }
}
