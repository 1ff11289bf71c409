package io.github.servicecontract.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.testkit.ServiceContractGenerators;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class AmountJsonProperties {

    private final ObjectMapper mapper = JsonSamples.mapper();

    @Test
    void everyAmount_roundTripsExactly_inItsCurrency() {
        qt().forAll(ServiceContractGenerators.amounts()).checkAssert(amount -> {
            try {
                MonetaryAmount read = mapper.readValue(mapper.writeValueAsString(amount), MonetaryAmount.class);
                assertThat(read.getCurrency()).isEqualTo(amount.getCurrency());
                assertThat(read.getNumber().numberValueExact(BigDecimal.class))
                        .isEqualByComparingTo(amount.getNumber().numberValueExact(BigDecimal.class));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anyAmount_negativeOrFinerThanItsCurrency_roundTripsToTheSameValue_neverRounded() {
        qt().forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 6),
                integers().between(0, 3)).checkAssert((unscaled, scale, which) -> {
                    javax.money.CurrencyUnit currency = javax.money.Monetary.getCurrency(List.of("EUR", "JPY", "BHD", "CHF").get(which));
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    MonetaryAmount amount = javax.money.Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(value).create();
                    try {
                        String json = mapper.writeValueAsString(amount);
                        MonetaryAmount read = mapper.readValue(json, MonetaryAmount.class);
                        assertThat(read.getCurrency()).isEqualTo(currency);
                        assertThat(read.getNumber().numberValueExact(BigDecimal.class)).as(json).isEqualByComparingTo(value);
                        assertThat(new BigDecimal(mapper.readTree(json).get("amount").asText()).scale())
                                .as("at least the currency's decimals, never fewer than written").isGreaterThanOrEqualTo(
                                        Math.max(currency.getDefaultFractionDigits(), value.stripTrailingZeros().scale()));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void everyRegion_roundTrips() {
        qt().forAll(ServiceContractGenerators.regions()).checkAssert(region -> {
            try {
                assertThat(mapper.readValue(mapper.writeValueAsString(region), RegionCode.class)).isEqualTo(region);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
