package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class MoneyValuesTest {

    private static final Rounding CHF_CASH = Rounding.toIncrement(new BigDecimal("0.05"), RoundingMode.HALF_UP,
            Rounding.Step.ON_TOTAL);

    @Test
    void cashRounding_isRightForNegativeAmountsToo() {
        assertThat(CHF_CASH.apply(new BigDecimal("1.04"))).isEqualByComparingTo("1.05");
        assertThat(CHF_CASH.apply(new BigDecimal("-1.04"))).isEqualByComparingTo("-1.05");
        assertThat(CHF_CASH.apply(new BigDecimal("-1.08"))).isEqualByComparingTo("-1.10");
        assertThat(CHF_CASH.apply(new BigDecimal("-1.02"))).isEqualByComparingTo("-1.00");
        assertThat(CHF_CASH.apply(new BigDecimal("1681.93"))).isEqualByComparingTo("1681.95");
        assertThat(CHF_CASH.isRounded(new BigDecimal("140.15"))).isTrue();
        assertThat(CHF_CASH.isRounded(new BigDecimal("140.12"))).isFalse();
    }

    @Test
    void scaleRounding_followsItsMode() {
        Rounding halfEven = Rounding.toScale(2, RoundingMode.HALF_EVEN, Rounding.Step.PER_LINE);
        assertThat(halfEven.apply(new BigDecimal("0.125"))).isEqualByComparingTo("0.12");
        assertThat(halfEven.withStep(Rounding.Step.ON_TOTAL).step()).isEqualTo(Rounding.Step.ON_TOTAL);
        assertThat(Rounding.toCurrency(Monetary.getCurrency("JPY"), RoundingMode.HALF_UP, Rounding.Step.PER_LINE).increment())
                .isEqualByComparingTo("1");
        assertThat(CHF_CASH).hasToString("0.05 HALF_UP ON_TOTAL")
                .isEqualTo(Rounding.toIncrement(new BigDecimal("0.050"), RoundingMode.HALF_UP, Rounding.Step.ON_TOTAL));
    }

    @Test
    void rounding_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rounding.toScale(10, RoundingMode.UP, Rounding.Step.PER_LINE))
                .withMessage("scale must be between 0 and 9, was 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rounding.toIncrement(BigDecimal.ZERO, RoundingMode.UP, Rounding.Step.PER_LINE))
                .withMessage("increment must be > 0, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rounding.toScale(2, RoundingMode.UNNECESSARY, Rounding.Step.PER_LINE))
                .withMessage("mode must round, was UNNECESSARY");
    }

    @Test
    void multiplier_parsesAndApplies() {
        assertThat(Multiplier.parse("1.50x")).isEqualTo(Multiplier.of("1.5")).hasToString("1.5x");
        assertThat(Multiplier.of("1.5").applyTo(new BigDecimal("90.00"))).isEqualByComparingTo("135.00");
        assertThat(Multiplier.ONE.isOne()).isTrue();
        assertThat(Multiplier.of("2").compareTo(Multiplier.of("1.5"))).isPositive();
        assertThatIllegalArgumentException().isThrownBy(() -> Multiplier.of("-1")).withMessage("multiplier must be >= 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Multiplier.parse("1.5"))
                .withMessage("multiplier must end with 'x', was \"1.5\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Multiplier.of("double"))
                .withMessage("multiplier must be a decimal number such as 1234.56: digits, an optional minus sign and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"double\"");
    }

    @Test
    void taxRates_areAppliedOnceAndRoundedOnce() {
        assertThat(TaxRate.FRANCE.taxOn(eur("2061.50"))).isEqualTo(eur("412.30"));
        assertThat(TaxRate.SWITZERLAND.taxOn(Examples.money("1555.00", Examples.CHF))).isEqualTo(Examples.money("125.96", Examples.CHF));
        assertThat(Taxation.of(TaxRate.UNITED_STATES).on(Examples.usd("825.00")).payable()).isEqualTo(Examples.usd("825.00"));
        assertThat(TaxRate.GERMANY.rate()).isEqualTo(Percentage.of(19));
        assertThat(TaxRate.standardFor(RegionCode.parse("IT-MI"))).contains(TaxRate.ITALY);
        assertThat(TaxRate.standardFor(RegionCode.ofCountry("JP"))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> TaxRate.of(RegionCode.ofCountry("FR"), Percentage.of(120)))
                .withMessage("taxRate must be <= 100%, was 120%");
    }

    @Test
    void identifiers_ofComponentsRolesAndTraces_areValidated() {
        assertThat(CostComponent.ON_SITE_LABOUR.description()).isEqualTo("on-site labour");
        assertThat(CostComponent.TRIP_FEE.description()).isEqualTo("trip fee");
        assertThat(CostComponent.of("pool-care")).hasToString("pool-care");
        assertThat(Role.of("NETWORK_ENGINEER")).hasToString("NETWORK_ENGINEER");
        assertThatIllegalArgumentException().isThrownBy(() -> CostComponent.of("Pool Care"))
                .withMessage("component must be lower-case words joined by hyphens, was \"Pool Care\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Role.of("technician"))
                .withMessage("role must be upper-case words joined by underscores, was \"technician\"");
        assertThatIllegalArgumentException().isThrownBy(() -> TraceKey.of("Rate"))
                .withMessage("id must be lower-case words joined by hyphens, was \"Rate\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Trace.of("my rule"))
                .withMessage("rule must be lower-case words joined by hyphens, was \"my rule\"");
        assertThat(Trace.of("x", TraceStep.of(StandardTraceKey.HOURS, new BigDecimal("1.50"))).plus(StandardTraceKey.BAND, TimeBand.SATURDAY))
                .hasToString("x: hours=1.50, band=SATURDAY");
        assertThat(TimeBand.SATURDAY.isPremium()).isTrue();
        assertThat(TimeBand.BUSINESS_HOURS.isPremium()).isFalse();
    }
}
