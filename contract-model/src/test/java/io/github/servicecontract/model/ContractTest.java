package io.github.servicecontract.model;

import static io.github.servicecontract.model.Fixtures.ANNUAL_2026;
import static io.github.servicecontract.model.Fixtures.EXTENDED_WARRANTY;
import static io.github.servicecontract.model.Fixtures.LYON_GOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void terms_defaultsAndEnd() {
        ContractTerms plain = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12)).build();
        assertThat(plain.renewal()).isEqualTo(Renewal.AUTOMATIC);
        assertThat(plain.cancellationNotice()).isEqualTo(Period.ofMonths(1));
        assertThat(plain.billingFrequency()).isEqualTo(BillingFrequency.MONTHLY);
        assertThat(plain.prepayDiscount()).isEqualTo(Percentage.ZERO);
        assertThat(plain.escalation()).isEqualTo(Escalation.none());
        assertThat(plain.endExclusive()).contains(LocalDate.of(2027, 1, 1));
        assertThat(ContractTerms.builder().from(plain).term(Term.openEnded()).build().endExclusive()).isEmpty();
        assertThat(ANNUAL_2026.escalation()).isEqualTo(Escalation.fixed(Percentage.of(3), Period.ofMonths(2)));
    }

    @Test
    void terms_eachRuleIsEnforcedWithItsMessage() {
        ContractTerms.Builder terms = ContractTerms.builder().from(ANNUAL_2026);
        assertThatIllegalArgumentException().isThrownBy(() -> terms.cancellationNotice(Period.ofMonths(-1)).build())
                .withMessage("cancellationNotice must not be negative, was P-1M");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(ANNUAL_2026).cancellationNotice(Period.ofMonths(12)).build())
                .withMessage("cancellationNotice must be shorter than the term P12M, was P12M");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(ANNUAL_2026).prepayDiscount(Percentage.of(120)).build())
                .withMessage("prepayDiscount must be <= 100%, was 120%");
        assertThatIllegalArgumentException().isThrownBy(() -> ContractTerms.builder().term(Term.ofMonths(12)).build())
                .withMessageContaining("some of required attributes are not set [start]");

        ContractTerms open = ContractTerms.builder().from(ANNUAL_2026).term(Term.openEnded()).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(open).cancellationNotice(Period.ofMonths(12)).build())
                .withMessage("cancellationNotice must be shorter than a year, was P12M");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(open).cancellationNotice(Period.ofDays(366)).build())
                .withMessage("cancellationNotice must be shorter than a year, was P366D");
        assertThat(ContractTerms.builder().from(open).cancellationNotice(Period.of(0, 11, 30)).build().cancellationNotice())
                .isEqualTo(Period.of(0, 11, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(ANNUAL_2026).start(LocalDate.of(1899, 12, 31)).build())
                .withMessage("start must be between 1900-01-01 and 2289-12-31, was 1899-12-31");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractTerms.builder().from(ANNUAL_2026).start(LocalDate.of(2290, 1, 1)).build())
                .withMessage("start must be between 1900-01-01 and 2289-12-31, was 2290-01-01");
        assertThat(ContractTerms.builder().from(ANNUAL_2026).start(ContractTerms.FIRST_START).build().start()).isEqualTo(
                ContractTerms.FIRST_START);
        assertThat(ContractTerms.builder().from(ANNUAL_2026).start(ContractTerms.LAST_START).build().start()).isEqualTo(
                ContractTerms.LAST_START);
    }

    @Test
    void escalation_invalidInput_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.fixed(Percentage.of(3), Period.ofMonths(-2)))
                .withMessage("notice must not be negative, was P-2M");
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.indexed(" ", Percentage.of(4), Period.ofMonths(1)))
                .withMessage("index must not be blank, was \" \"");
        assertThat(Escalation.indexed("INSEE Syntec", Percentage.of(4), Period.ofMonths(3)))
                .isInstanceOf(Escalation.Indexed.class);
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.fixed(Percentage.parse("100.01%"), Period.ofMonths(2)))
                .withMessage("rate must be <= 100%: a yearly rise that more than doubles a price is no escalation, was 100.01%");
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.indexed("INSEE Syntec", Percentage.of(101), Period.ofMonths(1)))
                .withMessage("cap must be <= 100%: a yearly rise that more than doubles a price is no escalation, was 101%");
        assertThat(Escalation.fixed(Percentage.ONE_HUNDRED, Period.ofMonths(2))).isInstanceOf(Escalation.Fixed.class);
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.fixed(Percentage.of(3), Period.ofYears(1)))
                .withMessage("notice must be shorter than a year, the time between two anniversaries, was P1Y");
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.fixed(Percentage.of(3), Period.ofYears(100)))
                .withMessage("notice must be shorter than a year, the time between two anniversaries, was P100Y");
    }

    @Test
    void contract_listsTierClausesThenAddOnClauses() {
        assertThat(LYON_GOLD.clauses()).hasSize(Fixtures.GOLD.clauses().size() + 1);
        assertThat(LYON_GOLD.clauses().get(LYON_GOLD.clauses().size() - 1).id()).isEqualTo(ClauseId.of("extended-warranty"));
        assertThat(EXTENDED_WARRANTY.nameKey()).isEqualTo(MessageKey.of("add-on.extended-warranty"));
        assertThat(LYON_GOLD.client().locale()).isEqualTo(java.util.Locale.FRANCE);
    }

    @Test
    void contract_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Contract.builder().from(LYON_GOLD).addAddOns(EXTENDED_WARRANTY).build())
                .withMessage("addOns must not repeat an add-on, was extended-warranty");
        AddOn visits = AddOn.of(AddOnId.of("more-visits"), List.of(Fixtures.TWO_VISITS));
        assertThatThrownBy(() -> Contract.builder().from(LYON_GOLD).addAddOns(visits).build())
                .isInstanceOf(InvalidClausesException.class)
                .hasMessage("clauses of the contract must be consistent, found 1 problem: "
                        + "DUPLICATE_CLAUSE on-site-visits: clause on-site-visits appears more than once");
        assertThatIllegalArgumentException().isThrownBy(() -> AddOn.of(AddOnId.of("empty"), List.of()))
                .withMessage("clauses must contain at least one clause, was []");
    }
}
