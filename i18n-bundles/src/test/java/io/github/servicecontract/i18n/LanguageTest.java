package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void of_supportedLanguage_ignoresCountry() {
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.of(Locale.forLanguageTag("it-CH"))).isEqualTo(Language.ITALIAN);
        assertThat(Language.of(Locale.forLanguageTag("de-CH"))).isEqualTo(Language.GERMAN);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void of_unsupportedLanguage_fallsBackToEnglishVisibly() {
        assertThat(Language.of(Locale.JAPAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.isSupported(Locale.JAPAN)).isFalse();
        assertThat(Language.isSupported(Locale.ITALY)).isTrue();
    }

    @Test
    void toLocale_isTheBareLanguage() {
        assertThat(Language.FRENCH.toLocale()).isEqualTo(Locale.FRENCH);
        assertThat(Language.GERMAN.code()).isEqualTo("de");
    }
}
