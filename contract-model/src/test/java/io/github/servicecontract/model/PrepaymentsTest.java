package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Banks of hours, retainers and packs of tickets: what they hold and until when. */
class PrepaymentsTest {

    private static final DateWindow LAST = new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static MonetaryAmount eur(String amount) {
        return Fixtures.eur(amount);
    }

    @Test
    void aPrepayment_coversWorkUpToAndIncludingItsLastDay() {
        HoursBank bank = HoursBank.of(Duration.ofHours(10), LAST);
        assertThat(bank.coversDay(LAST.lastDay())).isTrue();
        assertThat(bank.coversDay(LAST.firstDay())).isTrue();
        assertThat(bank.coversDay(LAST.lastDay().plusDays(1))).isFalse();
        assertThat(bank.coversDay(LAST.firstDay().minusDays(1))).isFalse();
        assertThat(bank.lastDay()).isEqualTo(LAST.lastDay());
        assertThat(bank.validity()).isEqualTo(LAST);
    }

    @Test
    void aBank_holdsWholeMinutes_andItsOverageRateIfAny() {
        HoursBank bank = HoursBank.of(Duration.ofMinutes(90), LAST);
        assertThat(bank.hours()).isEqualTo(Duration.ofMinutes(90));
        assertThat(bank.overageRate()).isEmpty();
        HoursBank withRate = bank.withOverageRate(eur("110.00"));
        assertThat(withRate.overageRate()).contains(eur("110.00"));
        assertThat(withRate).isNotEqualTo(bank).isEqualTo(HoursBank.of(Duration.ofMinutes(90), LAST).withOverageRate(eur("110.00")))
                .hasSameHashCodeAs(HoursBank.of(Duration.ofMinutes(90), LAST).withOverageRate(eur("110.00")));
        assertThat(bank).isNotEqualTo(HoursBank.of(Duration.ofMinutes(90), new DateWindow(LAST.firstDay(), LAST.lastDay().minusDays(1))))
                .isNotEqualTo(HoursBank.of(Duration.ofMinutes(91), LAST));
        assertThat(withRate.toString()).isEqualTo("HoursBank[hours=PT1H30M, validity=2026-01-01..2026-12-31, overageRate=EUR 110.00]");
        assertThat(bank.toString()).isEqualTo("HoursBank[hours=PT1H30M, validity=2026-01-01..2026-12-31]");
        assertThat(bank.withOverageRate(eur("0.00")).overageRate()).contains(eur("0.00"));
    }

    @Test
    void aBank_ofNoTime_partsOfAMinute_oraNegativeRate_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> HoursBank.of(Duration.ZERO, LAST)).withMessageContaining("hours");
        assertThatIllegalArgumentException().isThrownBy(() -> HoursBank.of(Duration.ofSeconds(90), LAST))
                .withMessageContaining("whole number of minutes");
        assertThatIllegalArgumentException().isThrownBy(() -> HoursBank.of(Duration.ofMinutes(60).plusNanos(1), LAST))
                .withMessageContaining("whole number of minutes");
        assertThatIllegalArgumentException().isThrownBy(() -> HoursBank.of(Duration.ofHours(1), LAST).withOverageRate(eur("-1.00")))
                .withMessageContaining("overageRate").withMessageContaining("must be >= 0");
    }

    @Test
    void aRetainer_holdsAPositiveAmount_writtenExactly() {
        Retainer retainer = Retainer.of(eur("500.00"), LAST);
        assertThat(retainer.amount()).isEqualTo(eur("500.00"));
        assertThat(retainer.toString()).isEqualTo("Retainer[amount=EUR 500.00, validity=2026-01-01..2026-12-31]");
        assertThatIllegalArgumentException().isThrownBy(() -> Retainer.of(eur("0.00"), LAST)).withMessageContaining("amount")
                .withMessageContaining("must be > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Retainer.of(eur("-5.00"), LAST)).withMessageContaining("must be > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Retainer.of(eur("100.005"), LAST))
                .withMessage("amount must be in whole minor units of EUR (2 decimals), was EUR 100.005");
        assertThat(Retainer.of(eur("100.50"), LAST).amount()).isEqualTo(eur("100.5"));
    }

    @Test
    void aPackOfTickets_holdsAtLeastOne() {
        assertThat(TicketPack.of(1, LAST).tickets()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> TicketPack.of(0, LAST)).withMessageContaining("tickets");
        assertThatIllegalArgumentException().isThrownBy(() -> TicketPack.of(TicketPack.MAX_TICKETS + 1, LAST))
                .withMessageContaining("tickets");
        assertThatIllegalArgumentException().isThrownBy(() -> HoursBank.of(HoursBank.MAX_HOURS.plusMinutes(1), LAST))
                .withMessageContaining("must be at most PT8784H");
    }
}
