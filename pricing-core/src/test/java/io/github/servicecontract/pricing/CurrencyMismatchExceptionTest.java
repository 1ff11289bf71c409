package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.pricing.billing.EscalationStep;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.billing.PlanPrices;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CurrencyMismatchExceptionTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit CHF = Monetary.getCurrency("CHF");

    @Test
    void namesBothCurrencies() {
        CurrencyMismatchException e = new CurrencyMismatchException(EUR, CHF);
        assertThat(e).hasMessage("currency must be EUR, was CHF").isInstanceOf(IllegalArgumentException.class);
        assertThat(e.expected()).isEqualTo(EUR);
        assertThat(e.actual()).isEqualTo(CHF);
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new CurrencyMismatchException(null, CHF)).withMessage("expected");
        assertThatNullPointerException().isThrownBy(() -> new CurrencyMismatchException(EUR, null)).withMessage("actual");
    }

    @Test
    void everyInputInAnotherCurrency_isNamedWithItsAmountAndTheCurrencyItMustBeIn() {
        PricingContext lyon = Examples.LYON_CONTEXT;
        assertMismatch(() -> Quote.of(lyon, PricingRules.discount(usd("10.00"), line -> true)),
                "discount must be in the rate table's currency EUR, was USD 10.00");
        assertMismatch(() -> Quote.of(lyon, PricingRules.floor(PricingRules.flatFee(), usd("99.00"))),
                "minimum must be in the rate table's currency EUR, was USD 99.00");
        assertMismatch(() -> Quote.of(lyon, PricingRules.cap(PricingRules.flatFee(), usd("9.00"))),
                "maximum must be in the rate table's currency EUR, was USD 9.00");
        assertMismatch(() -> Quote.of(lyon, PricingRules.zoneFee(DistanceZones.of(List.of(DistanceZones.Zone.beyond(usd("30.00")))))),
                "zones must be in the rate table's currency EUR, was USD 30.00");
        assertMismatch(() -> Quote.of(lyon, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE,
                Brackets.volume(List.of(Brackets.Bracket.above(usd("1.00")))))), "brackets must be in the rate table's currency EUR, "
                        + "was USD 1.00");
        assertMismatch(() -> Quote.of(lyon, LabourRule.builder().delivery(Delivery.ON_SITE).minimumCharge(usd("150.00")).build()),
                "minimumCharge must be in the rate table's currency EUR, was USD 150.00");
        assertMismatch(() -> QuoteDraft.of(lyon).plus(RateCardEntry.builder().component(CostComponent.TRIP_FEE).unit(Unit.TRIP)
                .standardPrice(usd("45.00")).price(usd("45.00")).trace(Trace.of("trip-fee")).build()),
                "entry.price must be in the rate table's currency EUR, was USD 45.00");
        assertMismatch(() -> RateCardEntry.builder().component(CostComponent.TRIP_FEE).unit(Unit.TRIP).standardPrice(eur("45.00"))
                .price(usd("40.00")).trace(Trace.of("trip-fee")).build(), "price must be in the standard price's currency EUR, was USD 40.00");
        assertMismatch(() -> RateTable.builder(EUR).brackets(RateKey.of(CostComponent.DEVICE_FEE, Examples.LYON),
                Brackets.volume(List.of(Brackets.Bracket.above(usd("1.00"))))),
                "brackets of device fee rate for region FR-69 must be in the table's currency EUR, was USD 1.00");
        assertMismatch(() -> DistanceZones.of(List.of(DistanceZones.Zone.upTo(Distance.ofKilometres(20),
                eur("0.00")), DistanceZones.Zone.beyond(usd("45.00")))), "zones[1].fee must be in the first zone's currency EUR, "
                        + "was USD 45.00");
        assertMismatch(() -> PlanPrices.of(Map.of(BillingFrequency.MONTHLY, eur("150.00"), BillingFrequency.ANNUAL, usd("1700.00"))),
                "pricePerPeriod[ANNUAL] must be in the MONTHLY price's currency EUR, was USD 1700.00");
        DateWindow window = new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
        assertMismatch(() -> new Invoice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), window, eur("100.00"), usd("0.00"), eur("20.00"), eur("0.00"), Trace.of("x")),
                "oneOff must be in the firm amount's currency EUR, was USD 0.00");
        assertMismatch(() -> new Invoice(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), window, eur("100.00"), eur("0.00"), usd("20.00"), eur("0.00"), Trace.of("x")),
                "tax must be in the firm amount's currency EUR, was USD 20.00");
        assertMismatch(() -> new EscalationStep(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 1), Percentage.of(3), eur("100.00"),
                usd("103.00")), "after must be in the amount before's currency EUR, was USD 103.00");
    }

    private static void assertMismatch(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(CurrencyMismatchException.class).hasMessage(message)
                .satisfies(e -> assertThat(((CurrencyMismatchException) e).expected()).isEqualTo(Examples.EUR))
                .satisfies(e -> assertThat(((CurrencyMismatchException) e).actual()).isEqualTo(Examples.USD));
    }
}
