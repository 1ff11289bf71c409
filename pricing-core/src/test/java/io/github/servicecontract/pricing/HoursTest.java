package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class HoursTest {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    @Test
    void hoursOfEveryWholeNumberOfMinutesDivisibleByThree_areExactlyTheirDivisionBySixty_scaleIncluded() {
        for (long minutes = 0; minutes <= 30_000; minutes += 3) {
            assertThat(Hours.of(minutes)).as("%d minutes", minutes).isEqualTo(BigDecimal.valueOf(minutes).divide(SIXTY));
        }
    }

    @Test
    void hoursOfOtherMinutes_areTheirDivisionBySixty_toSixDecimals() {
        assertThat(Hours.of(50)).isEqualTo(new BigDecimal("0.833333"));
        assertThat(Hours.of(70)).isEqualTo(new BigDecimal("1.166667"));
        assertThat(Hours.of(1)).isEqualTo(new BigDecimal("0.016667"));
        assertThat(Hours.isExact(50)).isFalse();
        assertThat(Hours.isExact(45)).isTrue();
    }

    @Test
    void thePriceOfMinutes_isTheRateTimesMinutesOverSixty_exactWhenFinite_elseRoundedHalfUpToTheCurrency() {
        qt().forAll(longs().between(0, 100_000), integers().between(0, 1_000_000)).checkAssert((minutes, cents) -> {
            BigDecimal rate = BigDecimal.valueOf(cents, 2);
            BigDecimal exact = rate.multiply(BigDecimal.valueOf(minutes));
            BigDecimal price = Hours.price(minutes, rate, EUR);
            boolean finite = exact.unscaledValue().mod(java.math.BigInteger.valueOf(3)).signum() == 0;
            assertThat(Hours.isPriceExact(minutes, rate)).isEqualTo(finite);
            if (finite) {
                assertThat(price.multiply(SIXTY)).isEqualByComparingTo(exact);
            } else {
                assertThat(price).isEqualTo(exact.divide(SIXTY, 2, RoundingMode.HALF_UP));
            }
        });
        assertThat(Hours.price(50, new BigDecimal("55.00"), EUR)).isEqualTo(new BigDecimal("45.83"));
        assertThat(Hours.price(100, new BigDecimal("48.00"), EUR)).isEqualByComparingTo("80.00");
        assertThat(Hours.price(50, new BigDecimal("5500"), Monetary.getCurrency("JPY"))).isEqualTo(new BigDecimal("4583"));
        // finite, though finer than the cent: kept exact, as every other amount is until the policy rounds it
        assertThat(Hours.price(50, new BigDecimal("0.03"), EUR)).isEqualTo(new BigDecimal("0.025"));
        // a currency without decimals by convention rounds to units
        assertThat(Hours.rounding(Monetary.getCurrency("XAU"))).isEqualTo(Rounding.toScale(0, RoundingMode.HALF_UP, Rounding.Step.PER_LINE));
        assertThat(Hours.price(50, new BigDecimal("55"), Monetary.getCurrency("XAU"))).isEqualTo(new BigDecimal("46"));
    }
}
