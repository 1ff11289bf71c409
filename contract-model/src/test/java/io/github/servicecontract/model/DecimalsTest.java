package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    private static final String RULE = "must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12"
            + " digits before the dot and 10 after it, no exponent or grouping";

    @Test
    void parse_readsADecimalExactlyAsWritten() {
        assertThat(Decimals.parse("rate", "85.00")).isEqualTo(new BigDecimal("85.00")).hasScaleOf(2);
        assertThat(Decimals.parse("rate", " -108.50 ")).isEqualTo(new BigDecimal("-108.50"));
        assertThat(Decimals.parse("rate", "010")).isEqualTo(new BigDecimal("10"));
        assertThat(Decimals.parse("rate", "999999999999.9999999999")).isEqualTo(new BigDecimal("999999999999.9999999999"));
        assertThat(Decimals.parse("rate", "1.50000000000000000000")).hasScaleOf(20); // trailing zeros are not decimals
        assertThat(Decimals.parse("rate", "0")).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void parse_refusesWhatItCannotReadExactly_namingTheFieldTheTextAndTheRule() {
        for (String text : new String[] {"1e3", "1E+3", "+5", "1,060.00", "1 060", "1_450", "0x5AA", ".5", "5.", "-", "", "1.2.3",
                "١٢", "NaN", "Infinity", "12 %", "1e100000", "1e-999999999", "1234567890123", "0.12345678901", "1/2", "1:2",
                "--1", "-.5"}) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> Decimals.parse("rate", text))
                    .withMessage("rate " + RULE + ", was \"" + text + "\"");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse("4S.00")).withMessage(RULE + ", was \"4S.00\"");
    }

    @Test
    void aHugeText_isRefusedAtOnce_andShownShortened() {
        String bomb = "1" + "0".repeat(10_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatIllegalArgumentException()
                .isThrownBy(() -> Decimals.parse("amount", bomb))
                .withMessage("amount " + RULE + ", was \"" + "1" + "0".repeat(39) + "… (10000001 characters)\""));
    }

    @Test
    void requireInBounds_refusesHugeOrTinyDecimalsWithoutWritingTheirDigits() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("distance", new BigDecimal("1e100000")))
                    .withMessage("distance must have at most 12 digits before the decimal point and 10 after it, was 1E+100000");
            assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("percentage",
                    new BigDecimal("1e-999999999"))).withMessage("percentage must have at most 12 digits before the decimal point"
                            + " and 10 after it, was 1E-999999999");
        });
        assertThat(Decimals.requireInBounds("x", new BigDecimal("1E+11"))).isEqualByComparingTo("100000000000");
        assertThat(Decimals.requireInBounds("x", new BigDecimal("0.1000000000000"))).isEqualByComparingTo("0.1");
        assertThat(Decimals.requireInBounds("x", new BigDecimal("0E-50"))).isEqualByComparingTo("0");
        assertThat(Decimals.isInBounds(new BigDecimal("1E+12"))).isFalse();
        assertThat(Decimals.isInBounds(new BigDecimal("-999999999999"))).isTrue();
    }

    @Test
    void theFactoriesThatTakeDecimals_keepTheBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.parse("1e-999999999%"))
                .withMessage("percentage " + RULE + ", was \"1e-999999999\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.of(new BigDecimal("1e-999999999")))
                .withMessageStartingWith("percentage must have at most 12 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.ofKilometres(new BigDecimal("1e100000")))
                .withMessageStartingWith("distance must have at most 12 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> Distance.parse("1e5 km"))
                .withMessage("distance " + RULE + ", was \"1e5 \"");
        assertThatIllegalArgumentException().isThrownBy(() -> Percentage.parse("x".repeat(100)))
                .withMessage("percentage must end with '%', was \"" + "x".repeat(40) + "… (100 characters)\"");
    }

    @Test
    void theEdgesOfTheGrammar_areWhereTheJavadocSaysTheyAre() {
        assertThat(Decimals.parse("x", "999999999999")).isEqualByComparingTo("999999999999");
        assertThat(Decimals.parse("x", "-0.1234567890")).isEqualByComparingTo("-0.123456789");
        String sixtyFour = " ".repeat(40) + "1.5" + " ".repeat(21);
        assertThat(sixtyFour).hasSize(64);
        assertThat(Decimals.parse("x", sixtyFour)).isEqualByComparingTo("1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse("x", sixtyFour + " "))
                .withMessageEndingWith("… (65 characters)\"");
        String forty = "x".repeat(40);
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse(forty)).withMessageEndingWith("was \"" + forty + "\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse(forty + "y"))
                .withMessageEndingWith("was \"" + forty + "… (41 characters)\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("x", new BigDecimal("1" + "0".repeat(40))))
                .withMessage("x must have at most 12 digits before the decimal point and 10 after it, was 1" + "0".repeat(39)
                        + "… (41 characters)");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("x", new BigDecimal("1E-40")))
                .withMessage("x must have at most 12 digits before the decimal point and 10 after it, was 0." + "0".repeat(38)
                        + "… (42 characters)");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("x", new BigDecimal("1E-41")))
                .withMessage("x must have at most 12 digits before the decimal point and 10 after it, was 1E-41");
        assertThatIllegalArgumentException().isThrownBy(() -> Decimals.requireInBounds("x", new BigDecimal("1E+12")))
                .withMessage("x must have at most 12 digits before the decimal point and 10 after it, was 1000000000000");
        assertThat(Decimals.isInBounds(new BigDecimal("1" + "0".repeat(60) + "E-60"))).as("many trailing zeros").isFalse();
        assertThat(Decimals.isInBounds(new BigDecimal("1" + "0".repeat(40) + "E-40"))).isTrue();
    }
}
