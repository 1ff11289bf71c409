package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A consumer's contract in Germany keeps to BGB § 309 Nr. 9; a business's, or one elsewhere, is not held to it. */
class ConsumerLawTest {

    private static Contract.Builder munich(ContractTerms terms, Client.Capacity capacity) {
        Site site = Site.builder().from(Fixtures.LYON).region(RegionCode.parse("DE-BY")).build();
        return Contract.builder().client(Client.of("Hans Muster", Locale.GERMANY).withCapacity(capacity)).site(site)
                .tier(Fixtures.GOLD).terms(terms);
    }

    private static ContractTerms.Builder terms() {
        return ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12)).renewal(Renewal.NONE);
    }

    @Test
    void aGermanConsumer_getsAtMostTwoYears_noFixedTacitRenewal_andAtMostAMonthsNotice() {
        assertThat(munich(terms().term(Term.ofMonths(24)).build(), Client.Capacity.CONSUMER).build().terms().term())
                .isEqualTo(Term.ofMonths(24));
        assertThatIllegalArgumentException().isThrownBy(() -> munich(terms().term(Term.ofMonths(36)).build(),
                Client.Capacity.CONSUMER).build()).withMessage("terms.term must be at most 24 months for a consumer in Germany"
                + " (BGB § 309 Nr. 9 a), was P36M");
        assertThatIllegalArgumentException().isThrownBy(() -> munich(terms().renewal(Renewal.AUTOMATIC).build(),
                Client.Capacity.CONSUMER).build()).withMessageStartingWith("terms.renewal must not renew a consumer's contract in"
                + " Germany for another fixed term (BGB § 309 Nr. 9 b)");
        assertThatIllegalArgumentException().isThrownBy(() -> munich(terms().cancellationNotice(Period.ofMonths(2)).build(),
                Client.Capacity.CONSUMER).build()).withMessage("terms.cancellationNotice must be at most 1 month for a consumer in"
                + " Germany (BGB § 309 Nr. 9 c), was P2M");
        assertThatIllegalArgumentException().isThrownBy(() -> munich(terms().cancellationNotice(Period.ofDays(40)).build(),
                Client.Capacity.CONSUMER).build()).withMessageContaining("BGB § 309 Nr. 9 c");
        assertThat(munich(terms().cancellationNotice(Period.ofDays(31)).build(), Client.Capacity.CONSUMER).build()).isNotNull();
        // an open-ended contract cancellable with a month's notice is what the law asks for
        assertThat(munich(terms().term(Term.openEnded()).renewal(Renewal.AUTOMATIC).build(), Client.Capacity.CONSUMER).build())
                .isNotNull();
    }

    @Test
    void aBusiness_orAConsumerElsewhere_isNotHeldToTheGermanRule() {
        ContractTerms threeYearsRenewing = terms().term(Term.ofMonths(36)).renewal(Renewal.AUTOMATIC)
                .cancellationNotice(Period.ofMonths(3)).build();
        assertThat(munich(threeYearsRenewing, Client.Capacity.BUSINESS).build()).isNotNull();
        assertThat(Contract.builder().client(Client.of("Claire Martin", Locale.FRANCE)).site(Fixtures.LYON).tier(Fixtures.GOLD)
                .terms(threeYearsRenewing).build()).isNotNull();
    }
}
