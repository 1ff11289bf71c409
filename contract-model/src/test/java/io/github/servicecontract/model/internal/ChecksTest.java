package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
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

    @Test
    void normalise_stripsTrailingZeros_butNeverBelowScaleZero() {
        assertThat(Checks.normalise(new BigDecimal("100"))).isEqualTo(new BigDecimal("100")).extracting(BigDecimal::scale)
                .isEqualTo(0);
        assertThat(Checks.normalise(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(Checks.normalise(new BigDecimal("0.00"))).isEqualTo(BigDecimal.ZERO);
        assertThat(Checks.normalise(new BigDecimal("1E+1"))).isEqualTo(new BigDecimal("10"));
        assertThat(Checks.normalise(new BigDecimal("7"))).isEqualTo(new BigDecimal("7"));
    }
}
