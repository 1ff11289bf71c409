package io.github.servicecontract.i18n;

import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whole renders of the worked examples, compared with reviewed golden files. */
class GoldenRenderTest {

    private static final RenderOptions FRENCH_OPTIONS = RenderOptions.builder().taxation(Taxation.of(TaxRate.FRANCE))
            .schedule(BillingSchedule.of(Samples.LYON_QUOTE, BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build()))
            .issuer(Samples.DOMOTIQUE_RHONE).reference(DocumentReference.of("DEV-2025-0142", java.time.LocalDate.of(2025, 12, 1))
                    .validFor(java.time.Period.ofDays(30))).client(Samples.CLAIRE_MARTIN)
            .detail(RenderOptions.Detail.EXPLAINED).build();

    private static final RenderOptions ITALIAN_OPTIONS = RenderOptions.builder().taxation(Taxation.of(TaxRate.ITALY))
            .schedule(BillingSchedule.of(Samples.MILAN_QUOTE, BillingPolicy.builder().taxation(Taxation.of(TaxRate.ITALY)).build()))
            .detail(RenderOptions.Detail.EXPLAINED).build();

    @Test
    void example1_contractInFrench_markdown() {
        Golden.assertMatches("example1-contract-fr-FR.md",
                ContractDocuments.contract(Samples.LYON_CONTRACT, Samples.LYON_QUOTE, FRENCH_OPTIONS).render(DocumentFormat.MARKDOWN));
    }

    @Test
    void example1_quoteInFrench_html() {
        Golden.assertMatches("example1-quote-fr-FR.html",
                ContractDocuments.quote(Samples.LYON_QUOTE, Locale.FRANCE, FRENCH_OPTIONS).render(DocumentFormat.HTML));
    }

    @Test
    void example3_quoteInItalian_text() {
        Golden.assertMatches("example3-quote-it-IT.txt",
                ContractDocuments.quote(Samples.MILAN_QUOTE, Locale.ITALY, ITALIAN_OPTIONS).render(DocumentFormat.TEXT));
    }

    @Test
    void example1_quoteInGermanAndEnglish_text() {
        Golden.assertMatches("example1-quote-de-CH.txt",
                ContractDocuments.quote(Samples.LYON_QUOTE, Locale.forLanguageTag("de-CH"), FRENCH_OPTIONS).render(DocumentFormat.TEXT));
        Golden.assertMatches("example1-quote-en-GB.txt",
                ContractDocuments.quote(Samples.LYON_QUOTE, Locale.UK, FRENCH_OPTIONS).render(DocumentFormat.TEXT));
    }

    @Test
    void tierComparison_sideBySide_inFrench() {
        TierComparison comparison = TierComparison.of(Samples.LYON_CONTEXT, Samples.CATALOGUE);
        Golden.assertMatches("comparison-fr-FR.md", ContractDocuments.comparison(comparison, Locale.FRANCE)
                .render(DocumentFormat.MARKDOWN));
    }
}
