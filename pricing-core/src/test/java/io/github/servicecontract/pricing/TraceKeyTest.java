package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TraceKeyTest {

    @Test
    void aStandardId_isTheStandardKey_anyOtherAKeyOfItsOwn() {
        assertThat(TraceKey.of("billed-hours")).isSameAs(StandardTraceKey.BILLED_HOURS);
        TraceKey pool = TraceKey.of("pool-volume");
        assertThat(pool).isEqualTo(new TraceKey.Own("pool-volume")).isNotInstanceOf(StandardTraceKey.class).hasToString("pool-volume");
        assertThat(pool.id()).isEqualTo("pool-volume");
        assertThatIllegalArgumentException().isThrownBy(() -> new TraceKey.Own("rate"))
                .withMessage("id must not be a standard key's; use StandardTraceKey.RATE, was rate");
        assertThatIllegalArgumentException().isThrownBy(() -> TraceKey.of("pool volume"))
                .withMessage("id must be lower-case words joined by hyphens, was \"pool volume\"");
    }

    @Test
    void everyStandardKey_hasALowerCaseHyphenatedId_ofItsName_andNoTwoShareOne() {
        for (StandardTraceKey key : StandardTraceKey.values()) {
            assertThat(key.id()).matches("[a-z]+(-[a-z]+)*").isEqualTo(key.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            assertThat(key).hasToString(key.id());
            assertThat(TraceKey.of(key.id())).isSameAs(key);
        }
        assertThat(Arrays.stream(StandardTraceKey.values()).map(StandardTraceKey::id).distinct()).hasSize(StandardTraceKey.values().length);
    }

    @Test
    void aTrace_findsAStepByItsKey_standardOrOwn() {
        Trace trace = Trace.of("pool-care", TraceStep.of(TraceKey.of("pool-volume"), new BigDecimal("45")))
                .plus(StandardTraceKey.RATE, new BigDecimal("2.00"));
        assertThat(trace.valueOf(new TraceKey.Own("pool-volume"))).contains(new BigDecimal("45"));
        assertThat(trace.valueOf(StandardTraceKey.RATE)).contains(new BigDecimal("2.00"));
        assertThat(trace.valueOf(StandardTraceKey.AMOUNT)).isEmpty();
        assertThat(trace).hasToString("pool-care: pool-volume=45, rate=2.00");
    }
}
