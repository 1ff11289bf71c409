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
 * service look-up. Swiss francs are written {@code CHF} in every locale. CLDR data changes between JDK releases, so exact strings are tested against
 * the build JDK only. At least the currency's usual decimals are shown, and more when the
 * amount has more (an exact 171.6625 is never shown rounded).
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
        DecimalFormat format = (DecimalFormat) prototype.clone();
        String code = amount.getCurrency().getCurrencyCode();
        format.setCurrency(Currency.getInstance(code));
        if (CODE_AS_SYMBOL.contains(code)) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(code);
            format.setDecimalFormatSymbols(symbols);
        }
        BigDecimal value = amount.getNumber().numberValueExact(BigDecimal.class);
        int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
        int scale = Math.max(digits, value.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
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
