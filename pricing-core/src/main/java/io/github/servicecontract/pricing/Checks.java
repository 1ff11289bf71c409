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

    /**
     * Checks that {@code text} is lower-case letters or digits in words joined by single hyphens,
     * without a regular expression: this runs for every trace step of every quote.
     */
    static boolean isHyphenatedWords(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!word && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static BigDecimal requireNonNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, value.toPlainString(), "must be >= 0");
        }
        return value;
    }
}
