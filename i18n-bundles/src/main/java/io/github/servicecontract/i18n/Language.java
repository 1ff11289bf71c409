package io.github.servicecontract.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages a contract can be written in. English is the base: a locale of any other
 * language falls back to it, visibly, through {@link #of(Locale)}.
 *
 * <p>For example, {@code Language.of(Locale.CANADA_FRENCH)} is {@link #FRENCH} and
 * {@code Language.of(Locale.JAPAN)} is {@link #ENGLISH}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Language {
    /** English, the base language. */
    ENGLISH("en"),
    /** French. */
    FRENCH("fr"),
    /** Italian. */
    ITALIAN("it"),
    /** German. */
    GERMAN("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * Obtains the language of {@code locale}, or {@link #ENGLISH} when it is not supported.
     *
     * @param locale the client's locale
     * @return the language to write in
     */
    public static Language of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        for (Language language : values()) {
            if (language.code.equals(locale.getLanguage())) {
                return language;
            }
        }
        return ENGLISH;
    }

    /**
     * Checks if {@code locale}'s language is supported, rather than falling back to English.
     *
     * @param locale the locale
     * @return true if supported
     */
    public static boolean isSupported(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return of(locale).code.equals(locale.getLanguage());
    }

    /**
     * Returns the ISO 639 code, for example {@code "fr"}.
     *
     * @return the language code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the language as a locale without a country, for example {@code fr}.
     *
     * @return the locale
     */
    public Locale toLocale() {
        return Locale.forLanguageTag(code);
    }
}
