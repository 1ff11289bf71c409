package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.TierComparison;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tiers side by side, with and without tax. */
class ComparisonDocumentTest {

    private static final TierComparison LYON = TierComparison.of(Samples.LYON_CONTEXT, Samples.CATALOGUE);

    @Test
    void withATax_eachTierShowsItsTaxAndItsTotalIncludingIt() {
        String markdown = ContractDocuments.comparison(LYON, Locale.UK, TaxRate.FRANCE).render(DocumentFormat.MARKDOWN);
        String taxes = LYON.quotes().stream().map(quote -> Messages.of(Locale.UK).money(quote.tax(TaxRate.FRANCE)))
                .reduce("| VAT 20% |", (row, cell) -> row + " " + cell + " |");
        String totals = LYON.quotes().stream().map(quote -> Messages.of(Locale.UK).money(quote.totalIncludingTax(TaxRate.FRANCE)))
                .reduce("| Total including tax |", (row, cell) -> row + " " + cell + " |");
        assertThat(markdown).contains(taxes + "\n" + totals + "\n");
        assertThat(markdown).contains("| Total excluding tax |").endsWith(totals + "\n");
    }

    @Test
    void withoutATax_theTableEndsWithTheTotalExcludingTax() {
        String markdown = ContractDocuments.comparison(LYON, Locale.UK).render(DocumentFormat.MARKDOWN);
        assertThat(markdown).doesNotContain("VAT").doesNotContain("including tax");
        assertThat(markdown.strip().lines().reduce((first, second) -> second).orElseThrow()).startsWith("| Total excluding tax |");
    }
}
