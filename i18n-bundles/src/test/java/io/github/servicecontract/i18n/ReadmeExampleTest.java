package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendering example of README.md, verbatim, so that the README stays true. */
class ReadmeExampleTest {

    @Test
    void readmeRender_writesTheQuoteInFrench() {
        Quote quote = Samples.LYON_QUOTE;

        Document document = ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.builder()
                .taxation(Taxation.of(TaxRate.FRANCE)).detail(RenderOptions.Detail.EXPLAINED).build());
        String html = document.render(DocumentFormat.HTML);         // every caller's text escaped
        String text = document.render(DocumentFormat.MARKDOWN);     // or TEXT

        assertThat(html).contains("<h2>Ce qui n’est pas inclus</h2>");
        assertThat(Golden.normalise(text)).contains("| Total TTC | 2 473,80 € |");
    }
}
