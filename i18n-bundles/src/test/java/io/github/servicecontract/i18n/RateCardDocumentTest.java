package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The prices of services beyond the tier, as a quote shows them. */
class RateCardDocumentTest {

    @Test
    void memberPrices_areShownBesideTheStandardOnes() {
        String markdown = ContractDocuments.quote(Samples.LYON_QUOTE, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN);
        assertThat(markdown).contains("What you pay for services beyond your tier, member prices included.")
                .contains("| Service | Standard price | Your price |")
                .contains("| On-site labour, business hours | €85.00 per hour | €76.50 per hour |");
    }

    @Test
    void withoutMemberPrices_oneColumnOfPrices_withNothingToCompare() {
        Quote silver = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).tier(Samples.SILVER).build(),
                Samples.ON_DEMAND);
        String markdown = ContractDocuments.quote(silver, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN);
        assertThat(markdown).contains("What you pay for services beyond your tier.\n").doesNotContain("member prices")
                .contains("| Service | Price |").contains("| On-site labour, business hours | €85.00 per hour |")
                .doesNotContain("Standard price").doesNotContain("Your price");
        assertThat(ContractDocuments.quote(silver, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.TEXT))
                .contains("Ce que vous payez pour les prestations au-delà de votre formule.\n").contains("Prix");
    }

    @Test
    void aRoleOtherThanATechnicians_isNamedOnTheRateCard() {
        io.github.servicecontract.model.RegionCode fr = io.github.servicecontract.model.RegionCode.ofCountry("FR");
        io.github.servicecontract.model.TierId gold = io.github.servicecontract.model.TierId.of("gold");
        io.github.servicecontract.pricing.RateTable rates = io.github.servicecontract.pricing.RateTable.builder(Samples.EUR)
                .effectiveFrom(Samples.START)
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.FLAT_FEE, fr).withTier(gold), "60.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.DEVICE_FEE, fr).withTier(gold), "1.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.SUBSYSTEM_FEE, fr).withTier(gold), "10.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.ON_SITE_LABOUR, fr)
                        .withRole(io.github.servicecontract.pricing.Role.TECHNICIAN), "85.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.ON_SITE_LABOUR, fr)
                        .withRole(io.github.servicecontract.pricing.Role.ENGINEER), "120.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.REMOTE_LABOUR, fr)
                        .withRole(io.github.servicecontract.pricing.Role.TECHNICIAN), "75.00")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.TRIP_FEE, fr), "45.00")
                .build();
        io.github.servicecontract.pricing.Intervention engineer = io.github.servicecontract.pricing.Intervention.builder()
                .delivery(io.github.servicecontract.model.Delivery.ON_SITE).day(java.time.LocalDate.of(2026, 4, 2))
                .worked(java.time.Duration.ofHours(1)).role(io.github.servicecontract.pricing.Role.ENGINEER).build();
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).rates(rates)
                .usage(io.github.servicecontract.pricing.Usage.of(engineer)).build(), Samples.GOLD_RULE);
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN)))
                .contains("| Main-d'œuvre sur site, heures ouvrées | 85,00 € par heure |")
                .contains("| Main-d'œuvre sur site, ingénieur, heures ouvrées | 120,00 € par heure |");
    }
}
