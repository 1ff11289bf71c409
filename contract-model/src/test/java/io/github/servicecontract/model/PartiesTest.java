package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The integrator and the client as documents name them: registrations checked to their check digit, addresses, contact. */
class PartiesTest {

    @ParameterizedTest(name = "{0} {1} reads as {2}")
    @CsvSource(delimiter = '|', value = {
        "SIRET|842 597 130 00017|842 597 130 00017",
        "SIRET|84259713000017|842 597 130 00017",
        "FR_VAT|FR 17 842 597 130|FR 17 842 597 130",
        "FR_VAT|FR17842597130|FR 17 842 597 130",
        "IT_VAT|04735120166|04735120166",
        "CH_UID|CHE-116.281.710|CHE-116.281.710",
        "CH_UID|CHE116281710|CHE-116.281.710",
        "CH_VAT|CHE-482.136.754 MWST|CHE-482.136.754",
        "CH_VAT|CHE-482.136.754 TVA|CHE-482.136.754",
        "DE_VAT|DE136695976|DE136695976",
    })
    void aValidNumber_isKeptCanonical_andWrittenInItsRegistersGrouping(Registration.Kind kind, String written, String shown) {
        assertThat(Registration.of(kind, written)).hasToString(shown);
        assertThat(Registration.of(kind, written)).isEqualTo(Registration.of(kind, shown));
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "SIRET|842 597 130 00018",       // Luhn
        "SIRET|842 597 130",             // a SIREN, not a SIRET
        "SIRET|842-597-130-00017",       // hyphens are no SIRET's
        "FR_VAT|FR 18 842 597 130",      // the key
        "FR_VAT|FR 17 842 597 131",      // the SIREN's Luhn
        "FR_VAT|DE 17 842 597 130",
        "IT_VAT|04735120165",            // the check digit
        "IT_VAT|0473512016",
        "CH_UID|CHE-116.281.711",
        "CH_UID|CHE-116281.710x",
        "CH_VAT|CHE-482.136.755 MWST",
        "DE_VAT|DE136695977",
        "DE_VAT|DE13669597",
        "SIRET|８４２５９７１３０００１７", // full-width digits are not digits here
    })
    void aWrongNumber_isRefused_namingItsRegisterAndTheRule(Registration.Kind kind, String written) {
        assertThatIllegalArgumentException().isThrownBy(() -> Registration.of(kind, written))
                .withMessageStartingWith(kind.name() + " must be ").withMessageContaining("was \"" + written.strip() + "\"");
    }

    @Test
    void anIntegrator_withTheSameRegisterTwice_orAnUnreadableContact_isRefused() {
        Integrator.Builder builder = Integrator.builder().name("Domotique Rhône SARL")
                .address(PostalAddress.of("8 rue Garibaldi", "69006 Lyon"));
        assertThat(builder.build().registrations()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Integrator.builder().from(builder.build())
                .addRegistrations(Registration.of(Registration.Kind.SIRET, "842 597 130 00017"),
                        Registration.of(Registration.Kind.SIRET, "842 597 130 00017")).build())
                .withMessage("integrator.registrations must not repeat a register, was SIRET");
        assertThatIllegalArgumentException().isThrownBy(() -> Integrator.builder().from(builder.build()).phone("call us").build())
                .withMessageStartingWith("integrator.phone must be a telephone number");
        assertThatIllegalArgumentException().isThrownBy(() -> Integrator.builder().from(builder.build()).email("support at example")
                .build()).withMessage("integrator.email must be an e-mail address such as support@example.com, was \"support at example\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Integrator.builder().from(builder.build()).name(" ").build())
                .withMessageStartingWith("integrator.name must not be blank");
        Integrator full = Integrator.builder().from(builder.build()).phone("+33 4 72 00 00 00").email("support@domotique-rhone.example")
                .build();
        assertThat(full.phone()).contains("+33 4 72 00 00 00");
    }

    @Test
    void anAddress_hasOneToSixShowableLines_spacesAroundThemAreLayout() {
        assertThat(PostalAddress.of(" 12 chemin des Tilleuls ", "69003 Lyon").lines()).containsExactly("12 chemin des Tilleuls",
                "69003 Lyon");
        assertThat(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon")).hasToString("12 chemin des Tilleuls, 69003 Lyon");
        assertThatIllegalArgumentException().isThrownBy(() -> new PostalAddress(List.of()))
                .withMessage("address must have 1 to 6 lines, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> PostalAddress.of("a", "b", "c", "d", "e", "f", "g"))
                .withMessageStartingWith("address must have 1 to 6 lines");
        assertThatIllegalArgumentException().isThrownBy(() -> PostalAddress.of("12 chemin\ndes Tilleuls"))
                .withMessageContaining("must hold no control");
        assertThatIllegalArgumentException().isThrownBy(() -> PostalAddress.of("  ")).withMessageContaining("must not be blank");
    }

    @Test
    void aClient_isAConsumerWithoutAddress_untilToldOtherwise() {
        Client claire = Client.of("Claire Martin", Locale.FRANCE);
        assertThat(claire.address()).isEmpty();
        assertThat(claire.capacity()).isEqualTo(Client.Capacity.CONSUMER);
        Client business = claire.withAddress(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon"))
                .withCapacity(Client.Capacity.BUSINESS);
        assertThat(business.address()).contains(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon"));
        assertThat(business.capacity()).isEqualTo(Client.Capacity.BUSINESS);
        assertThat(business.name()).isEqualTo("Claire Martin");
        Client german = business.withLocale(Locale.GERMANY);
        assertThat(german.locale()).isEqualTo(Locale.GERMANY);
        assertThat(german).isNotEqualTo(business).isEqualTo(business.withLocale(Locale.GERMANY));
        assertThat(german.withLocale(Locale.FRANCE)).isEqualTo(business).hasSameHashCodeAs(business);
        assertThat(claire).hasToString("Client[name=Claire Martin, locale=fr_FR, address=none, capacity=CONSUMER]");
    }

    @Test
    void aPaymentTerm_isDaysFromZeroToSixty() {
        ContractTerms.Builder terms = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12));
        assertThat(terms.build().paymentTerm()).isEqualTo(Period.ZERO);
        assertThat(terms.paymentTerm(Period.ofDays(30)).build().paymentTerm()).isEqualTo(Period.ofDays(30));
        assertThat(terms.paymentTerm(Period.ofDays(60)).build().paymentTerm()).isEqualTo(Period.ofDays(60));
        for (Period wrong : List.of(Period.ofDays(61), Period.ofDays(-1), Period.ofMonths(1))) {
            assertThatIllegalArgumentException().isThrownBy(() -> ContractTerms.builder().start(LocalDate.of(2026, 1, 1))
                    .term(Term.ofMonths(12)).paymentTerm(wrong).build())
                    .withMessage("paymentTerm must be a number of days from 0 to 60, such as P30D, was " + wrong);
        }
    }
}
