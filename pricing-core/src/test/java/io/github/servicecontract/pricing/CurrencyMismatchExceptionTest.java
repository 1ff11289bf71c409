package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
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
}
