package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.AmendedSchedule;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.ChangeTiming;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A contract amendment as both parties read and sign it. */
class AmendmentDocumentTest {

    private static final BillingPolicy POLICY = BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build();

    /** Eight cameras added to the Villa Martin on 12 May 2026. */
    static final Quote WITH_CAMERAS = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT)
            .site(Site.builder().from(Samples.VILLA_MARTIN).addEquipment(Samples.equipment("Ubiquiti", "G5 Bullet", Subsystem.NETWORK,
                    8, "149.00")).build()).build(), Samples.GOLD_RULE);

    static final AmendedSchedule AMENDED = AmendedSchedule.of(BillingSchedule.of(Samples.LYON_QUOTE, POLICY))
            .amend(BillingSchedule.of(WITH_CAMERAS, POLICY), LocalDate.of(2026, 5, 12), ChangeTiming.IMMEDIATELY);

    private static final RenderOptions OPTIONS = RenderOptions.builder().issuer(Samples.DOMOTIQUE_RHONE)
            .client(Samples.CLAIRE_MARTIN).reference(DocumentReference.of("AV-2026-0003", LocalDate.of(2026, 5, 6))).build();

    private static Document document(Locale locale) {
        return AmendmentDocuments.amendment(AMENDED, AMENDED.amendments().get(0), Samples.LYON_QUOTE, WITH_CAMERAS, locale, OPTIONS);
    }

    @Test
    void inFrench_markdown() {
        Golden.assertMatches("amendment-fr-FR.md", document(Locale.FRANCE).render(DocumentFormat.MARKDOWN));
    }

    @Test
    void inItalianGermanAndEnglish_text() {
        String italian = Golden.normalise(document(Locale.ITALY).render(DocumentFormat.TEXT));
        assertThat(italian).contains("Modifica al contratto di assistenza").contains("Dispositivi coperti: 45 → 53")
                .contains("Decorrenza dal 12 maggio 2026");
        Golden.assertMatches("amendment-de-DE.txt", document(Locale.GERMANY).render(DocumentFormat.TEXT));
        Golden.assertMatches("amendment-en-GB.txt", document(Locale.UK).render(DocumentFormat.TEXT));
    }

    @Test
    void anAmendmentNotOfTheSchedule_isRefused() {
        AmendedSchedule other = AmendedSchedule.of(BillingSchedule.of(Samples.LYON_QUOTE, POLICY))
                .amend(BillingSchedule.of(WITH_CAMERAS, POLICY), LocalDate.of(2026, 6, 1), ChangeTiming.IMMEDIATELY);
        assertThatIllegalArgumentException().isThrownBy(() -> AmendmentDocuments.amendment(AMENDED, other.amendments().get(0),
                Samples.LYON_QUOTE, WITH_CAMERAS, Locale.FRANCE, OPTIONS)).withMessageContaining("amendment must be one of the schedule's");
    }

    @Test
    void anEarlyCancellation_confirmsTheLastDay_theRefundAndTheFee() {
        AmendedSchedule cancelled = AmendedSchedule.of(BillingSchedule.of(Samples.LYON_QUOTE, POLICY))
                .cancel(LocalDate.of(2026, 9, 1), Samples.eur("100.00"));
        String french = Golden.normalise(AmendmentDocuments.cancellation(cancelled, Samples.LYON_QUOTE, Locale.FRANCE, OPTIONS)
                .render(DocumentFormat.TEXT));
        assertThat(french).contains("Confirmation de résiliation du contrat de maintenance").contains("Dernier jour de service : 31 août 2026")
                .containsPattern("Remboursement de la période du 1er septembre 2026 au 31 décembre 2026 déjà facturée +-689,05 €")
                .containsPattern("Indemnité de résiliation anticipée +100,00 €").contains("avoir sur la facture n° 1 du 1er janvier 2026 : 706,86 € TTC vous sont remboursés.")
                .contains("Aucune facture ne sera émise après cette date.");
        String british = Golden.normalise(AmendmentDocuments.cancellation(cancelled, Samples.LYON_QUOTE, Locale.UK, OPTIONS)
                .render(DocumentFormat.TEXT));
        // in the United Kingdom "cancellation" is the statutory 14-day right: an end before the term is an early termination
        assertThat(british).contains("Confirmation of early termination of your service contract")
                .contains("Refund of the period already invoiced: 1 September 2026 to 31 December 2026");
        assertThat(Golden.normalise(AmendmentDocuments.cancellation(cancelled, Samples.LYON_QUOTE, Locale.US, OPTIONS)
                .render(DocumentFormat.TEXT))).contains("Confirmation of your service contract's cancellation");
        Golden.assertMatches("cancellation-de-DE.txt", AmendmentDocuments.cancellation(cancelled, Samples.LYON_QUOTE, Locale.GERMANY,
                OPTIONS).render(DocumentFormat.TEXT));
        assertThatIllegalArgumentException().isThrownBy(() -> AmendmentDocuments.cancellation(AMENDED, Samples.LYON_QUOTE, Locale.FRANCE,
                OPTIONS)).withMessageContaining("schedule must be cancelled");
    }
}
