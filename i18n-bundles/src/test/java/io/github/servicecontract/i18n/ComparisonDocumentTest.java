package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.Commitment;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Usage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tiers side by side, with and without tax. */
class ComparisonDocumentTest {

    private static final TierComparison LYON = TierComparison.of(Samples.LYON_CONTEXT, Samples.CATALOGUE);

    /** The rows every tier has alike, said once under the table rather than repeated in it. */
    private static final String SAME_FOR_EVERY_TIER = "\nSame for every tier — Service delivered: remote and on site; Hours of coverage: Monday to Friday, 08:00 to 17:00,"
                + " except public holidays; Remote response: within 4\u00A0h; On-site response: within 24\u00A0h.\n";

    @Test
    void withATax_eachTierShowsItsTaxAndItsTotalIncludingIt() {
        String markdown = ContractDocuments.comparison(LYON, Locale.UK, Taxation.of(TaxRate.FRANCE)).render(DocumentFormat.MARKDOWN);
        String taxes = LYON.quotes().stream().map(quote -> Messages.of(Locale.UK).money(quote.committed(Taxation.of(TaxRate.FRANCE)).tax()))
                .reduce("| VAT 20% |", (row, cell) -> row + " " + cell + " |");
        String totals = LYON.quotes().stream().map(quote -> Messages.of(Locale.UK).money(quote.committed(Taxation.of(TaxRate.FRANCE)).payable()))
                .reduce("| Total including tax |", (row, cell) -> row + " " + cell + " |");
        assertThat(markdown).contains("| Firm price per year, excluding tax | €430.00 | €2,061.50 |\n" + taxes + "\n" + totals + "\n")
                .endsWith(totals + "\n" + SAME_FOR_EVERY_TIER);
    }

    @Test
    void withoutATax_theTableEndsWithTheFirmPrice() {
        String markdown = ContractDocuments.comparison(LYON, Locale.UK).render(DocumentFormat.MARKDOWN);
        assertThat(markdown).doesNotContain("VAT").doesNotContain("including tax").doesNotContain("Estimate");
        assertThat(markdown.strip().lines().filter(line -> line.startsWith("|")).reduce((first, second) -> second).orElseThrow())
                .startsWith("| Firm price per year, excluding tax |");
    }

    @Test
    void anEstimate_isShownApart_besideTheYearsExpectedTotal() {
        PricingContext withCallOut = PricingContext.builder().from(Samples.LYON_CONTEXT).usage(Usage.builder()
                .from(Samples.LYON_CONTEXT.usage()).addInterventions(Intervention.onSite(LocalDate.of(2026, 11, 4),
                        Duration.ofHours(1)).withCommitment(Commitment.ESTIMATED)).build()).build();
        TierComparison comparison = TierComparison.of(withCallOut, Samples.CATALOGUE);
        String markdown = ContractDocuments.comparison(comparison, Locale.UK, Taxation.of(TaxRate.FRANCE))
                .render(DocumentFormat.MARKDOWN);
        assertThat(markdown).contains("| Firm price per year, excluding tax | €430.00 | €2,061.50 |")
                .contains("| Total including tax | €516.00 | €2,473.80 |")
                .endsWith("| Estimated total excluding tax | €130.00 | €130.00 |\n"
                        + "| Expected yearly cost excluding tax (firm price + estimate) | €560.00 | €2,191.50 |\n" + SAME_FOR_EVERY_TIER);
    }
}
