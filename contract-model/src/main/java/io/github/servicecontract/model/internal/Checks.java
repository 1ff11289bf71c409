package io.github.servicecontract.model.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;

/**
 * Argument checks that produce this library's one message form: field, rule and value, as in
 * {@code "hours must be >= 0, was -1"}.
 *
 * <p>Not an API: this package is exported only to {@code io.github.servicecontract.pricing}, so
 * that both modules word a rejected input the same way.
 */
public final class Checks {

    /** Moneta's INFO lines kept out of the embedder's log (see {@link QuietMoneta}); referenced so that they stay. */
    @SuppressWarnings("unused")
    private static final java.util.List<java.util.logging.Logger> MONETA = QuietMoneta.quietAll();

    private static final java.util.Set<String> LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

    private Checks() {}

    /**
     * Reads a language tag such as {@code fr-FR} whose language is an ISO 639 language, written in its canonical form.
     *
     * @param text the tag as written
     * @return its locale
     * @throws IllegalArgumentException if it is not one
     */
    public static Locale languageTag(String text) {
        Locale parsed = Locale.forLanguageTag(text);
        if (parsed.getLanguage().isEmpty() || !LANGUAGES.contains(parsed.getLanguage())
                || !parsed.toLanguageTag().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("must be a language tag such as fr-FR, it-CH or en-US, was \"" + shortened(text)
                    + "\"");
        }
        return parsed;
    }

    /**
     * Returns {@code text} without the spaces (U+0020) around it: spaces are layout, a tab, a line
     * break or a control character is not, and stays for the reader to refuse.
     *
     * @param text the text as written
     * @return the text without its surrounding spaces
     */
    public static String withoutSurroundingSpaces(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.subSequence(start, end).toString();
    }

    public static IllegalArgumentException invalid(String field, Object value, String rule) {
        return new IllegalArgumentException(field + " " + rule + ", was " + describe(value));
    }

    /**
     * Returns an amount's number exactly, with at least its currency's decimals and no more than
     * it needs beyond them: EUR 2061.5 is {@code "2061.50"}, EUR 0.125 {@code "0.125"}, JPY 1500
     * {@code "1500"}; never rounded. What refusals and the JSON module write.
     *
     * @param amount the amount
     * @return its plain decimal text
     */
    public static String exactDecimal(MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValueExact(BigDecimal.class);
        int decimals = Math.max(amount.getCurrency().getDefaultFractionDigits(), number.stripTrailingZeros().scale());
        return number.setScale(Math.max(0, decimals)).toPlainString();
    }

    /**
     * Returns the text of a value in a message or a {@code toString()}: an amount exactly, with
     * its currency code and at least its currency's usual decimals ({@code "EUR -0.004"},
     * {@code "EUR 12.00"}), a decimal in plain notation ({@code "10"}, not {@code "1E+1"}), a
     * map or a collection as its own {@code toString()} would, with each key, value and element
     * written by this method, anything else as {@link String#valueOf(Object)} writes it.
     *
     * <p>An amount's own {@code toString()} would not do: Moneta's writes two decimals whatever
     * the amount and its currency ({@code -0.004} reads {@code "EUR 0.00"}, which hides why it
     * was refused; 11,735 yen {@code "JPY 11735.00"}) and logs a line at INFO each time.
     *
     * @param value the value, or null
     * @return its text
     */
    public static String describe(Object value) {
        if (value instanceof MonetaryAmount) {
            MonetaryAmount amount = (MonetaryAmount) value;
            return amount.getCurrency().getCurrencyCode() + " " + exactDecimal(amount);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof CharSequence) {
            return visible((CharSequence) value);
        }
        if (value instanceof Map) {
            return ((Map<?, ?>) value).entrySet().stream().map(entry -> describe(entry.getKey()) + "=" + describe(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection) {
            return ((Collection<?>) value).stream().map(Checks::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /**
     * Checks that every attribute a builder needs was set, in the form Immutables' builders use,
     * so that hand-written and generated builders read alike.
     *
     * @param type the simple name of the type being built
     * @param namesAndValues attribute names, each followed by its value or null
     * @throws IllegalArgumentException naming every attribute not set
     */
    public static void requireSet(String type, Object... namesAndValues) {
        List<Object> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add(namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Cannot build " + type + ", some of required attributes are not set " + missing);
        }
    }

    public static int requireBetween(String field, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            throw invalid(field, value, "must be between " + minimum + " and " + maximum);
        }
        return value;
    }

    public static int requireAtLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw invalid(field, value, "must be >= " + minimum);
        }
        return value;
    }

    /**
     * Checks that {@code text} is lower-case letters or digits in words joined by single hyphens,
     * without a regular expression: this runs for every trace step of every quote.
     */
    public static boolean isHyphenatedWords(String text) {
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

    /**
     * Checks that {@code value} is lower-case words joined by hyphens, as identifiers and trace
     * labels are, for example {@code "on-site-labour"}.
     *
     * @return the value
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    public static String requireHyphenatedWords(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!isHyphenatedWords(value)) {
            throw invalid(field, "\"" + shortened(value) + "\"", "must be lower-case words joined by hyphens");
        }
        return value;
    }

    public static BigDecimal requireNonNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw invalid(field, value, "must be >= 0");
        }
        return value;
    }

    public static Duration requireNonNegative(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw invalid(field, value, "must be >= 0");
        }
        return value;
    }

    public static Duration requirePositive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw invalid(field, value, "must be > 0");
        }
        return value;
    }

    /** Strips trailing zeros so that numerically equal decimals are equal, keeping scale >= 0. */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Reads an ISO 4217 currency code: three upper-case letters of a currency the money provider
     * knows. Checked before the look-up, as Moneta reads a code as a pattern ({@code ".UR"} matched
     * EUR, MUR and RUR, {@code "E.R"} would be EUR).
     *
     * @throws IllegalArgumentException if it is not such a code
     */
    public static CurrencyUnit currency(String text) {
        if (text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                return Monetary.getCurrency(text);
            } catch (MonetaryException unknown) {
                // refused below
            }
        }
        throw new IllegalArgumentException("must be an ISO 4217 currency code, was \"" + shortened(text) + "\"");
    }

    /** The longest text a caller may give (a name, an address, a clause of its own). */
    public static final int MAX_TEXT = 10_000;

    public static String requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw invalid(field, "\"" + shortened(value) + "\"", "must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(field, "\"" + shortened(value) + "\"", "must be at most " + MAX_TEXT + " characters");
        }
        return requireShowable(field, value);
    }

    /**
     * Checks that a text a document will show holds no character that would change what it shows
     * without being seen: no control character (line breaks, tabs, ANSI and OSC escapes, NUL), no
     * line or paragraph separator, no bidirectional embedding, override or isolate (which reorder
     * what follows, so that "0,00" can be shown for "00,0"), no zero-width space, word joiner or
     * byte-order mark, no half of a surrogate pair. Joiners and direction marks that scripts need
     * (U+200C, U+200D, U+200E, U+200F) are text.
     *
     * @throws IllegalArgumentException naming the field, the character and where it is
     */
    public static String requireShowable(String field, String value) {
        int at = hiddenAt(value);
        if (at >= 0) {
            throw invalid(field, "\"" + shortened(value) + "\"", String.format(Locale.ROOT,
                    "must hold no control, invisible or direction-overriding character, found U+%04X at character %d",
                    value.codePointAt(at), value.codePointCount(0, at) + 1));
        }
        return value;
    }

    /** The index of the first character {@link #requireShowable} refuses, or -1. */
    public static int hiddenAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isHidden(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHidden(char c) {
        return Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200B' || c == '\u2060'
                || c == '\uFEFF' || (c >= '\uFFF9' && c <= '\uFFFB');
    }

    /**
     * A text as a message shows it: each character {@link #requireShowable} refuses written as a
     * Java escape (a backslash, {@code u} and four hex digits), so that a message is one line and
     * shows all it holds.
     */
    public static String visible(CharSequence text) {
        if (hiddenAt(text) < 0) {
            return text.toString();
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else if (isHidden(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /**
     * Returns a text as a refusal echoes it: the text itself when at most 40 characters, else its
     * first 40 and its length, so that a 10 MB value is not a 10 MB message; a control or
     * invisible character in it is written as its escape ({@link #visible}), so that a message is
     * one line and shows what it holds.
     *
     * @param text the refused text
     * @return the text to show
     */
    public static String shortened(CharSequence text) {
        if (text.length() <= SHOWN) {
            return visible(text);
        }
        return visible(text.subSequence(0, SHOWN)) + "… (" + text.length() + " characters)";
    }

    /** How much of a refused text a message shows. */
    private static final int SHOWN = 40;

    public static BigDecimal parseDecimal(String field, CharSequence text) {
        return io.github.servicecontract.model.Decimals.parse(field, text);
    }

    /** Checks that an amount's number keeps the bounds of {@link io.github.servicecontract.model.Decimals}. */
    public static MonetaryAmount requireAmountInBounds(String field, MonetaryAmount amount) {
        io.github.servicecontract.model.Decimals.requireInBounds(field, amount.getNumber().numberValueExact(BigDecimal.class));
        return amount;
    }
}
