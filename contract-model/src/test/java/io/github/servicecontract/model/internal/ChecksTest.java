package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void requireSet_namesEveryAttributeNotSet_inOrder_asImmutablesBuildersDo() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireSet("QuoteLine", "component", null, "unit", "HOUR",
                "amount", null)).withMessage("Cannot build QuoteLine, some of required attributes are not set [component, amount]");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireSet("RateCardEntry", "trace", null))
                .withMessage("Cannot build RateCardEntry, some of required attributes are not set [trace]");
        assertThatCode(() -> Checks.requireSet("QuoteLine", "component", "flat-fee", "unit", "HOUR")).doesNotThrowAnyException();
        assertThatCode(() -> Checks.requireSet("Nothing")).doesNotThrowAnyException();
    }

    @Test
    void hyphenatedWords_areLowerCaseLettersAndDigits_joinedBySingleHyphens() {
        assertThat(Checks.isHyphenatedWords("az-09")).isTrue();
        assertThat(Checks.isHyphenatedWords("a")).isTrue();
        assertThat(Checks.isHyphenatedWords("z9-0a")).isTrue();
        for (String rejected : new String[] {"", "-a", "a-", "a--b", "A", "a`", "a{", "a/", "a:", "a b", "é"}) {
            assertThat(Checks.isHyphenatedWords(rejected)).as("\"%s\"", rejected).isFalse();
        }
        assertThat(Checks.requireHyphenatedWords("label", "per-month")).isEqualTo("per-month");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireHyphenatedWords("label", "Per month"))
                .withMessage("label must be lower-case words joined by hyphens, was \"Per month\"");
        assertThatThrownBy(() -> Checks.requireHyphenatedWords("label", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("label");
    }

    @Test
    void requireChecks_returnTheValueTheyAccept() {
        BigDecimal zero = new BigDecimal("0.00");
        assertThat(Checks.requireNonNegative("hours", zero)).isSameAs(zero);
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireNonNegative("hours", new BigDecimal("-1")))
                .withMessage("hours must be >= 0, was -1");
        Duration none = Duration.ZERO;
        assertThat(Checks.requireNonNegative("worked", none)).isSameAs(none);
        Duration minute = Duration.ofMinutes(1);
        assertThat(Checks.requirePositive("increment", minute)).isSameAs(minute);
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requirePositive("increment", Duration.ZERO))
                .withMessageStartingWith("increment must be");
        assertThat(Checks.requireText("name", "Villa Martin")).isEqualTo("Villa Martin");
        assertThat(Checks.requireAtLeast("quantity", 1, 1)).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireAtLeast("quantity", 0, 1))
                .withMessage("quantity must be >= 1, was 0");
    }

    private static MonetaryAmount money(String value, String currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(value)).create();
    }

    @Test
    void describe_writesAmountsExactly_withAtLeastTheirCurrencysDecimals() {
        assertThat(Checks.describe(money("-0.004", "EUR"))).isEqualTo("EUR -0.004");
        assertThat(Checks.describe(money("12", "EUR"))).isEqualTo("EUR 12.00");
        assertThat(Checks.describe(money("7.2E+2", "EUR"))).isEqualTo("EUR 720.00");
        assertThat(Checks.describe(money("171.6625", "CHF"))).isEqualTo("CHF 171.6625");
        assertThat(Checks.describe(money("1500", "JPY"))).isEqualTo("JPY 1500");
        assertThat(Checks.describe(money("0.5", "JPY"))).isEqualTo("JPY 0.5");
        assertThat(Checks.describe(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(Checks.describe(new BigDecimal("-1.250"))).isEqualTo("-1.250");
        assertThat(Checks.describe(Duration.ofHours(1))).isEqualTo("PT1H");
        assertThat(Checks.describe(null)).isEqualTo("null");
        assertThat(Checks.describe(List.of(money("0.125", "EUR"), "gold"))).isEqualTo("[EUR 0.125, gold]");
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("gold", money("1740", "EUR"));
        totals.put("hours", new BigDecimal("1E+1"));
        assertThat(Checks.describe(totals)).isEqualTo("{gold=EUR 1740.00, hours=10}");
        assertThat(Checks.describe(List.of())).isEqualTo(List.of().toString());
        assertThat(Checks.describe(Map.of())).isEqualTo(Map.of().toString());
    }

    @Test
    void invalid_showsTheRefusedAmountExactly_notRoundedToTheCurrency() {
        assertThat(Checks.invalid("unitValue", money("-0.004", "EUR"), "must be >= 0"))
                .hasMessage("unitValue must be >= 0, was EUR -0.004");
        assertThat(Checks.invalid("quantity", new BigDecimal("-1E+1"), "must be >= 0")).hasMessage("quantity must be >= 0, was -10");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireNonNegative("hours", new BigDecimal("-0.0001")))
                .withMessage("hours must be >= 0, was -0.0001");
    }

    @Test
    void describe_anAmountReadsBackAsItsCurrencyAndExactValue() {
        List<CurrencyUnit> currencies = List.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"),
                Monetary.getCurrency("BHD"), Monetary.getCurrency("CHF"));
        qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(-3, 8),
                integers().between(0, currencies.size() - 1)).checkAssert((unscaled, scale, index) -> {
                    CurrencyUnit currency = currencies.get(index);
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    String text = Checks.describe(Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(value).create());
                    String[] parts = text.split(" ");
                    assertThat(parts).hasSize(2);
                    assertThat(parts[0]).isEqualTo(currency.getCurrencyCode());
                    assertThat(new BigDecimal(parts[1])).isEqualByComparingTo(value);
                    assertThat(parts[1]).doesNotContain("E");
                    assertThat(new BigDecimal(parts[1]).scale()).isGreaterThanOrEqualTo(currency.getDefaultFractionDigits());
                });
    }

    @Test
    void normalise_stripsTrailingZeros_butNeverBelowScaleZero() {
        assertThat(Checks.normalise(new BigDecimal("100"))).isEqualTo(new BigDecimal("100")).extracting(BigDecimal::scale)
                .isEqualTo(0);
        assertThat(Checks.normalise(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(Checks.normalise(new BigDecimal("0.00"))).isEqualTo(BigDecimal.ZERO);
        assertThat(Checks.normalise(new BigDecimal("1E+1"))).isEqualTo(new BigDecimal("10"));
        assertThat(Checks.normalise(new BigDecimal("7"))).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void texts_mayHoldAnyScript_butNoCharacterThatChangesWhatIsShownUnseen() {
        for (String text : List.of("Claire Martin", "Hélène d'Ørsted", "Zürich – Süd", "日本語", "שלום", "مرحبا\u200C", "👩\u200D🔧",
                "a\u200Eb\u200F", "x".repeat(Checks.MAX_TEXT))) {
            assertThat(Checks.requireText("name", text)).isSameAs(text);
            assertThat(Checks.hiddenAt(text)).isEqualTo(-1);
            assertThat(Checks.visible(text)).isEqualTo(text);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireText("clientName", "Claire\nTotal TTC 0,00 €"))
                .withMessage("clientName must hold no control, invisible or direction-overriding character, found U+000A at character 7,"
                        + " was \"Claire\\u000ATotal TTC 0,00 €\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireText("name", "Villa \u202E00,0"))
                .withMessage("name must hold no control, invisible or direction-overriding character, found U+202E at character 7,"
                        + " was \"Villa \\u202E00,0\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireText("name", "😀\u001B[2J"))
                .withMessageContaining("found U+001B at character 2");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.requireText("name", "x".repeat(Checks.MAX_TEXT + 1)))
                .withMessage("name must be at most 10000 characters, was \"" + "x".repeat(40) + "… (10001 characters)\"");
        for (char hidden : new char[] {'\u0000', '\t', '\r', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029', '\u202A', '\u202E',
            '\u2066', '\u2069', '\u200B', '\u2060', '\uFEFF', '\uFFF9', '\uFFFB', '\uD800', '\uDC00'}) {
            assertThat(Checks.hiddenAt("ab" + hidden)).as("U+%04X", (int) hidden).isEqualTo(2);
            assertThat(Checks.visible("ab" + hidden)).isEqualTo(String.format("ab\\u%04X", (int) hidden));
        }
        for (char shown : new char[] {' ', '~', '\u00A0', '\u00A1', '\u2027', '\u202F', '\u2065', '\u206A', '\u200A', '\u200C', '\u2061',
            '\uFFF8', '\uFFFC', '\uFFFD'}) {
            assertThat(Checks.hiddenAt("ab" + shown)).as("U+%04X", (int) shown).isEqualTo(-1);
        }
        assertThat(Checks.hiddenAt("\uD83D\uDE00\uD83D")).isEqualTo(2);
        assertThat(Checks.visible("\uD83D\uDE00\u0007")).isEqualTo("\uD83D\uDE00\\u0007");
        assertThat(Checks.requireShowable("name", "")).isEmpty();
        // a refused text is echoed on one line, whatever it holds
        assertThat(Checks.shortened(" \u0011n2 ")).isEqualTo(" \\u0011n2 ");
        assertThat(Checks.shortened("\u001B".repeat(50))).isEqualTo("\\u001B".repeat(40) + "… (50 characters)");
    }

    @Test
    void currencyCodes_areThreeUpperCaseLetters_ofAKnownCurrency_neverAPattern() {
        assertThat(Checks.currency("EUR")).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(Checks.currency("JPY").getDefaultFractionDigits()).isZero();
        for (String refused : List.of("E.R", ".UR", "eur", "EURO", "EU", "", "QQQ", "E R", "ÉUR", "[A-Z]{3}")) {
            assertThatIllegalArgumentException().isThrownBy(() -> Checks.currency(refused))
                    .withMessage("must be an ISO 4217 currency code, was \"" + refused + "\"");
        }
    }

    @Test
    void onlySpacesAroundAText_areLayout() {
        assertThat(Checks.withoutSurroundingSpaces("  5% ")).isEqualTo("5%");
        assertThat(Checks.withoutSurroundingSpaces("5%\u0007")).isEqualTo("5%\u0007");
        assertThat(Checks.withoutSurroundingSpaces("\t18 km\n")).isEqualTo("\t18 km\n");
        assertThat(Checks.withoutSurroundingSpaces("   ")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Percentage.parse("5%\u0007"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Distance.parse("18 km\n"));
        assertThat(Distance.parse(" 18 km ").toString()).isEqualTo("18 km");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Decimals.parse("amount", "10.00\n"));
    }
}
