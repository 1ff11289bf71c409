package io.github.servicecontract.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/** Argument checks in this library's message form: field, value and rule. */
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
}
