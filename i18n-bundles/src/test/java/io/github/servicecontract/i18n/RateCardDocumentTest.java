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
}
