package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
}
