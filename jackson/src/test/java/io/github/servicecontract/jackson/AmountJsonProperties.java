package io.github.servicecontract.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.testkit.ServiceContractGenerators;
import java.math.BigDecimal;
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
