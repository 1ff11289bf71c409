package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.pricing.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Proves that the three artifacts and Moneta load together. Surefire runs this class twice: on
 * the module path (the default, as named modules) and on the class path (execution
 * {@code class-path}), so both ways an embedding application may use the library are checked.
 */
class StackLoadsTest {

    @Test
    void monetaProvidesCurrenciesAndAmounts() {
        CurrencyUnit chf = Monetary.getCurrency("CHF");
        MonetaryAmount amount = Monetary.getDefaultAmountFactory().setCurrency(chf).setNumber(new BigDecimal("137.00")).create();
        assertThat(amount.multiply(2).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("274.00");
    }

    @Test
    void everyLayerIsReachable() {
        Equipment line = Equipment.builder().brand("Loxone").model("Miniserver").subsystem(Subsystem.CONTROL)
                .unitValue(Monetary.getDefaultAmountFactory().setCurrency("EUR").setNumber(650).create())
                .installDate(LocalDate.of(2025, 5, 1)).warrantyEnd(LocalDate.of(2027, 4, 30)).build();
        assertThat(line.totalValue().getCurrency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(Distance.parse("15 km")).isEqualTo(Distance.ofKilometres(15));
        assertThat(new CurrencyMismatchException(Monetary.getCurrency("EUR"), Monetary.getCurrency("USD")))
                .hasMessage("currency must be EUR, was USD");
        assertThat(Language.of(java.util.Locale.ITALY)).isEqualTo(Language.ITALIAN);
    }

    @Test
    void runsOnTheExpectedPath() {
        boolean modulePath = StackLoadsTest.class.getModule().isNamed();
        assertThat(Equipment.class.getModule().isNamed()).isEqualTo(modulePath);
        if (modulePath) {
            assertThat(Equipment.class.getModule().getName()).isEqualTo("io.github.servicecontract.model");
        }
    }
}
