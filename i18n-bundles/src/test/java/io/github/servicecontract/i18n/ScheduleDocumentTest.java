package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A billing schedule laid out on its own, and inside a quote. */
class ScheduleDocumentTest {

    private static final BillingPolicy FRENCH_VAT = BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build();

    private static BillingSchedule lyonSchedule(Term term) {
        ContractTerms terms = ContractTerms.builder().from(Samples.LYON_CONTEXT.terms()).term(term)
                .billingFrequency(BillingFrequency.QUARTERLY).build();
        PricingContext context = PricingContext.builder().from(Samples.LYON_CONTEXT).terms(terms).build();
        return BillingSchedule.of(Quote.of(context, Samples.GOLD_RULE), FRENCH_VAT);
    }

    @Test
    void anOpenEndedContractsInvoices_sayThatInvoicingContinues_inEveryLanguage() {
        BillingSchedule open = lyonSchedule(Term.openEnded());
        assertThat(open.invoices()).hasSize(4);

        assertThat(ContractDocuments.schedule(open, Locale.UK).render(DocumentFormat.TEXT))
                .contains("Open-ended contract: invoicing continues from 1 January 2027 until the contract is cancelled.");
        assertThat(ContractDocuments.schedule(open, Locale.FRANCE).render(DocumentFormat.TEXT))
                .contains("la facturation se poursuit à partir du 1er janvier 2027, jusqu’à la résiliation du contrat.");
        assertThat(ContractDocuments.schedule(open, Locale.ITALY).render(DocumentFormat.TEXT))
                .contains("la fatturazione prosegue dal 1\u00BA gennaio 2027 fino alla disdetta.");
        assertThat(ContractDocuments.schedule(open, Locale.GERMANY).render(DocumentFormat.MARKDOWN))
                .contains("Die Abrechnung wird ab dem 1. Januar 2027 bis zur Kündigung fortgesetzt.");
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).terms(ContractTerms.builder()
                .from(Samples.LYON_CONTEXT.terms()).term(Term.openEnded()).build()).build(), Samples.GOLD_RULE);
        String html = ContractDocuments.quote(quote, Locale.UK, RenderOptions.builder().taxation(Taxation.of(TaxRate.FRANCE))
                .schedule(BillingSchedule.of(quote, FRENCH_VAT)).build()).render(DocumentFormat.HTML);
        assertThat(html).contains("<p>Open-ended contract: invoicing continues from 1 January 2027 until the contract is cancelled.</p>");
    }

    @Test
    void theTaxColumnAndTotal_nameTheScheduledTax() {
        BillingSchedule swiss = BillingSchedule.of(Samples.LYON_QUOTE, BillingPolicy.builder().taxation(Taxation.of(TaxRate.SWITZERLAND)).build());
        assertThat(swiss.taxation().rate()).isEqualTo(TaxRate.SWITZERLAND);
        String text = ContractDocuments.schedule(swiss, Locale.forLanguageTag("de-CH")).render(DocumentFormat.TEXT);
        assertThat(text.lines().filter(line -> line.contains("MWST 8.1%"))).hasSize(2);
        assertThat(text).doesNotContain("MwSt.");
        assertThat(ContractDocuments.schedule(lyonSchedule(Term.ofMonths(12)), Locale.FRANCE).render(DocumentFormat.MARKDOWN))
                .contains("| Facture | Émise le | Période | Montant | TVA 20\u00A0% | Total |").contains("| TVA 20\u00A0% | ");
    }

    @Test
    void aFixedTermsInvoices_coverItWhole_andDoNotSayThatInvoicingContinues() {
        BillingSchedule fixed = lyonSchedule(Term.ofMonths(12));
        String text = ContractDocuments.schedule(fixed, Locale.UK).render(DocumentFormat.TEXT);
        assertThat(text).doesNotContain("Open-ended").doesNotContain("continues");
        assertThat(fixed.invoices()).isEqualTo(lyonSchedule(Term.openEnded()).invoices());
    }

    @Test
    void theInvoices_sayWhatTheTierBillsWhenUsed_onTopOfThem_inEveryLanguage() {
        BillingSchedule fixed = lyonSchedule(Term.ofMonths(12));
        assertThat(ContractDocuments.schedule(fixed, Locale.UK).render(DocumentFormat.TEXT))
                .contains("Billed when used, on top of these invoices: remote support, on-site visits and travel.");
        assertThat(Golden.normalise(ContractDocuments.schedule(fixed, Locale.FRANCE).render(DocumentFormat.TEXT))).contains(
                "Prestations facturées au réel, en plus de ces factures : télémaintenance, interventions sur site et déplacements.");
        assertThat(ContractDocuments.schedule(fixed, Locale.ITALY).render(DocumentFormat.TEXT))
                .contains("Servizi fatturati a consumo, oltre a queste fatture: assistenza da remoto, interventi in loco e trasferte.");
        assertThat(ContractDocuments.schedule(fixed, Locale.GERMANY).render(DocumentFormat.TEXT)).contains(
                "Zusätzlich zu diesen Rechnungen nach Aufwand berechnet: Fernwartung, Einsätze vor Ort und Anfahrten.");
        // a tier that includes every service leaves nothing to bill when used, and says nothing of it
        ServiceTier everything = ServiceTier.builder().from(Samples.GOLD).billedOnDemand(List.of())
                .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(4))),
                        Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(2)),
                        Clause.of(StandardClause.TRAVEL_WITHIN_RADIUS, ClauseParameter.RADIUS,
                                ParameterValue.distance(Distance.ofKilometres(30))))
                .quotas(io.github.servicecontract.model.IncludedQuotas.builder().from(Samples.GOLD.quotas()).onSiteVisitsPerYear(2)
                        .remoteHours(io.github.servicecontract.model.RemoteHoursAllowance.of(Duration.ofHours(4),
                                io.github.servicecontract.model.RemoteHoursAllowance.AllowancePeriod.YEAR,
                                io.github.servicecontract.model.RemoteHoursAllowance.Rollover.NONE)).build())
                .build();
        BillingSchedule allIncluded = BillingSchedule.of(Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT)
                .tier(everything).build(), Samples.GOLD_RULE), FRENCH_VAT);
        assertThat(allIncluded.billedWhenUsed()).isEmpty();
        assertThat(ContractDocuments.schedule(allIncluded, Locale.UK).render(DocumentFormat.TEXT)).doesNotContain("Billed when used");
    }
}
