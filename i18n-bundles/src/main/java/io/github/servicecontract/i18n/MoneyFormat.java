package io.github.servicecontract.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Formats amounts for a locale: the currency's symbol or code, the grouping and the decimal
 * mark of the locale, as the JDK's CLDR data has them.
 *
 * <p>The JDK's format is chosen over Moneta's because it follows CLDR (fr-FR writes
 * {@code 1 234,50 €} with a narrow no-break space, de-CH {@code CHF 1’234.50}) and needs no
 * service look-up. Swiss francs are written {@code CHF} in every locale. A symbol that ends or
 * begins with a letter is kept apart from the digits by a no-break space, as CLDR's currency
 * spacing asks and the JDK does not do ({@code CHF 1,681.90} in en-US, not {@code CHF1,681.90};
 * {@code €1,234.50} and {@code JP¥11,735} stay as they are). CLDR data changes between JDK
 * releases, so exact strings are tested against the build JDK only. At least the currency's
 * usual decimals are shown, and more when the amount has more (an exact 171.6625 is never shown
 * rounded).
 *
 * <p>For example, {@code MoneyFormat.of(Locale.FRANCE).format(2,473.80 EUR)} is
 * {@code "2 473,80 €"}.
 *
 * <p>This class is immutable and thread-safe: each call formats with its own copy of the
 * locale's {@link DecimalFormat}, which is not thread-safe.
 */
public final class MoneyFormat {

    /** Currencies written with their ISO code in every locale (the JDK writes the outdated "SFr." in it-CH). */
    private static final Set<String> CODE_AS_SYMBOL = Set.of("CHF");
    private static final String NO_BREAK_SPACE = "\u00A0";

    private final Locale locale;
    private final DecimalFormat prototype;

    private MoneyFormat(Locale locale) {
        this.locale = locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (!(format instanceof DecimalFormat)) {
            throw new IllegalArgumentException("locale must have a decimal currency format, was " + locale);
        }
        this.prototype = (DecimalFormat) format;
        this.prototype.setParseBigDecimal(true);
    }

    /**
     * Obtains the format of a locale.
     *
     * @param locale the locale, for example {@code Locale.forLanguageTag("de-CH")}
     * @return the format
     */
    public static MoneyFormat of(Locale locale) {
        return new MoneyFormat(Objects.requireNonNull(locale, "locale"));
    }

    /** Returns the locale. */
    public Locale locale() {
        return locale;
    }

    /**
     * Formats an amount.
     *
     * @param amount the amount, in any currency
     * @return the formatted amount
     */
    public String format(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        DecimalFormat format = (DecimalFormat) prototype.clone();
        String code = amount.getCurrency().getCurrencyCode();
        format.setCurrency(Currency.getInstance(code));
        if (CODE_AS_SYMBOL.contains(code)) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(code);
            format.setDecimalFormatSymbols(symbols);
        }
        spaceFromDigits(format, format.getDecimalFormatSymbols().getCurrencySymbol());
        BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
        int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
        int scale = Math.max(digits, value.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    /**
     * CLDR's currency spacing: where the symbol touches the number, and its character there is
     * neither a symbol nor a space (the C of CHF, not the $ of US$), a no-break space goes
     * between them.
     */
    private static void spaceFromDigits(DecimalFormat format, String symbol) {
        if (symbol.isEmpty()) {
            return;
        }
        if (isLetterLike(symbol.codePointBefore(symbol.length()))) {
            if (format.getPositivePrefix().endsWith(symbol)) {
                format.setPositivePrefix(format.getPositivePrefix() + NO_BREAK_SPACE);
            }
            if (format.getNegativePrefix().endsWith(symbol)) {
                format.setNegativePrefix(format.getNegativePrefix() + NO_BREAK_SPACE);
            }
        }
        // a code before the number and its minus after it ("CHF-54.80" in de-CH and it-CH): a space, and the minus sign
        String minus = String.valueOf(format.getDecimalFormatSymbols().getMinusSign());
        if (isLetterLike(symbol.codePointBefore(symbol.length())) && format.getNegativePrefix().equals(symbol + minus)) {
            format.setNegativePrefix(symbol + NO_BREAK_SPACE + "\u2212");
        }
        if (isLetterLike(symbol.codePointAt(0))) {
            if (format.getPositiveSuffix().startsWith(symbol)) {
                format.setPositiveSuffix(NO_BREAK_SPACE + format.getPositiveSuffix());
            }
            if (format.getNegativeSuffix().startsWith(symbol)) {
                format.setNegativeSuffix(NO_BREAK_SPACE + format.getNegativeSuffix());
            }
        }
    }

    /** Neither a symbol (currency, maths, modifier, other) nor a space: CLDR's {@code [[:^S:]&[:^Z:]]}. */
    private static boolean isLetterLike(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CURRENCY_SYMBOL && type != Character.MATH_SYMBOL && type != Character.MODIFIER_SYMBOL
                && type != Character.OTHER_SYMBOL && !Character.isSpaceChar(codePoint) && !Character.isWhitespace(codePoint);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoneyFormat && locale.equals(((MoneyFormat) other).locale);
    }

    @Override
    public int hashCode() {
        return locale.hashCode();
    }

    @Override
    public String toString() {
        return "MoneyFormat[" + locale.toLanguageTag() + "]";
    }
}
