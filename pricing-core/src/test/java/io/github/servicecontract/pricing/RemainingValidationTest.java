package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation rules of the smaller pricing values, each with its message. */
class RemainingValidationTest {

    @Test
    void rateCardEntry_priceMustNotExceedTheStandardPrice() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateCardEntry.builder().component(CostComponent.TRIP_FEE)
                .unit(Unit.TRIP).standardPrice(eur("45.00")).price(eur("50.00")).trace(Trace.of("trip-fee")).build())
                .withMessage("price must be between 0 and the standard price EUR 45.00, was EUR 50.00");
    }

    @Test
    void quantityTransform_mustRound() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuantityTransform.divideBy(10, RoundingMode.UNNECESSARY))
                .withMessage("mode must round, was UNNECESSARY");
    }

    @Test
    void complexityScale_needsStepsWithPositiveCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplexityScale.of(List.of()))
                .withMessage("steps must contain at least one step, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> new ComplexityScale.Step(0, 2, Multiplier.of("1.1")))
                .withMessage("devices must be >= 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ComplexityScale.Step(10, 0, Multiplier.of("1.1")))
                .withMessage("subsystems must be >= 1, was 0");
    }

    @Test
    void usage_countsMustNotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> Usage.builder().remoteTickets(-2).build())
                .withMessage("remoteTickets must be >= 0, was -2");
    }
}
