package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenewalDatesTest {

    private static ContractTerms terms(LocalDate start, int months) {
        return ContractTerms.builder().start(start).term(Term.ofMonths(months)).billingFrequency(BillingFrequency.MONTHLY).build();
    }

    @Test
    void aWindow_refusesALastDayBeforeItsFirst_andContainsItsBounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DateWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .withMessage("lastDay must not be before firstDay 2026-02-01, was 2026-01-01");
        DateWindow window = new DateWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1));
        assertThat(window.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(window.contains(LocalDate.of(2026, 11, 2))).isFalse();
    }

    @Test
    void renewalDates_andTheFrenchConsumerInformationWindow() {
        RenewalDates dates = RenewalDates.of(terms(LocalDate.of(2026, 1, 1), 12));
        assertThat(dates.endOfTerm()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.renewalDate()).contains(LocalDate.of(2027, 1, 1));
        assertThat(dates.lastDayToCancel()).contains(LocalDate.of(2026, 12, 1));
        assertThat(dates.frenchConsumerInformationWindow())
                .contains(new DateWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1)));
        assertThat(dates.frenchConsumerInformationWindow().orElseThrow().contains(LocalDate.of(2026, 10, 15))).isTrue();
        RenewalDates ending = RenewalDates.of(ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofYears(2))
                .renewal(Renewal.NONE).build());
        assertThat(ending.renewalDate()).isEmpty();
        assertThat(ending.lastDayToCancel()).isEmpty();
        assertThat(ending.endOfTerm()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalDates.of(ContractTerms.builder().start(LocalDate.of(2026, 1, 1))
                .term(Term.openEnded()).build())).withMessage("term must be fixed to have renewal dates, was open-ended");
    }

    @Test
    void renewalDates_ofTheTermRunningOnADay_afterRenewals() {
        ContractTerms yearly = terms(LocalDate.of(2026, 1, 1), 12);
        assertThat(RenewalDates.of(yearly, LocalDate.of(2026, 1, 1))).isEqualTo(RenewalDates.of(yearly));
        assertThat(RenewalDates.of(yearly, LocalDate.of(2026, 12, 31))).isEqualTo(RenewalDates.of(yearly));
        RenewalDates second = RenewalDates.of(yearly, LocalDate.of(2027, 3, 15));
        assertThat(second.startOfTerm()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(second.endOfTerm()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(second.renewalDate()).contains(LocalDate.of(2028, 1, 1));
        assertThat(second.lastDayToCancel()).contains(LocalDate.of(2027, 12, 1));
        assertThat(second.frenchConsumerInformationWindow()).contains(new DateWindow(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 11, 1)));
        assertThat(second).isNotEqualTo(RenewalDates.of(yearly)).isEqualTo(RenewalDates.of(yearly, LocalDate.of(2027, 1, 1)))
                .hasToString("RenewalDates[term from 2027-01-01, end 2027-12-31, renews 2028-01-01, cancel by 2027-12-01]");
        assertThat(second.hashCode()).isEqualTo(RenewalDates.of(yearly, LocalDate.of(2027, 12, 31)).hashCode());
        assertThat(RenewalDates.of(yearly, LocalDate.of(2036, 1, 1)).startOfTerm()).isEqualTo(LocalDate.of(2036, 1, 1));
        // a term from 31 August: six months end on the last day of February, and the next term starts on 31 August again
        ContractTerms halfYears = ContractTerms.builder().start(LocalDate.of(2025, 8, 31)).term(Term.ofMonths(6)).build();
        assertThat(RenewalDates.of(halfYears).endOfTerm()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(RenewalDates.of(halfYears, LocalDate.of(2026, 2, 28)).startOfTerm()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RenewalDates.of(halfYears, LocalDate.of(2026, 2, 28)).renewalDate()).contains(LocalDate.of(2026, 8, 31));
        assertThat(RenewalDates.of(halfYears, LocalDate.of(2026, 8, 30)).startOfTerm()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RenewalDates.of(halfYears, LocalDate.of(2026, 8, 31)).startOfTerm()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(RenewalDates.of(halfYears, LocalDate.of(2027, 2, 28)).endOfTerm()).isEqualTo(LocalDate.of(2027, 8, 30));

        assertThatIllegalArgumentException().isThrownBy(() -> RenewalDates.of(yearly, LocalDate.of(2025, 12, 31)))
                .withMessage("day must not be before the contract starts on 2026-01-01, was 2025-12-31");
        ContractTerms once = ContractTerms.builder().from(yearly).renewal(Renewal.NONE).build();
        assertThat(RenewalDates.of(once, LocalDate.of(2026, 12, 31))).isEqualTo(RenewalDates.of(once));
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalDates.of(once, LocalDate.of(2027, 1, 1)))
                .withMessage("day must be within the term, which ends on 2026-12-31 without renewal, was 2027-01-01");
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalDates.of(ContractTerms.builder().from(yearly)
                .term(Term.openEnded()).build(), LocalDate.of(2026, 5, 1)))
                .withMessage("term must be fixed to have renewal dates, was open-ended");
    }

}
