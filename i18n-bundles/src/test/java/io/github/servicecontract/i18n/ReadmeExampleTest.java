package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.PostalAddress;
import io.github.servicecontract.model.Registration;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendering example of README.md, verbatim, so that the README stays true. */
class ReadmeExampleTest {

    @Test
    void readmeRender_writesTheQuoteInFrench() {
        Quote quote = Samples.LYON_QUOTE;

        Integrator integrator = Integrator.builder().name("Domotique Rhône SARL")
                .address(PostalAddress.of("8 rue Garibaldi", "69006 Lyon"))
                .addRegistrations(Registration.of(Registration.Kind.SIRET, "842 597 130 00017"))
                .phone("+33 4 72 00 00 00").email("support@domotique-rhone.example").build();
        Document document = ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.builder()
                .issuer(integrator).reference(DocumentReference.of("DEV-2025-0142", LocalDate.of(2025, 12, 1))
                        .validFor(Period.ofDays(30)))
                .client(Client.of("Claire Martin", Locale.FRANCE).withAddress(PostalAddress.of("12 chemin des Tilleuls", "69003 Lyon")))
                .taxation(Taxation.of(TaxRate.FRANCE)).detail(RenderOptions.Detail.EXPLAINED).build());
        String page = document.render(DocumentFormat.HTML);         // a whole page; every caller's text escaped
        String text = document.render(DocumentFormat.MARKDOWN);     // or TEXT, or HTML_FRAGMENT for your own page

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"fr-FR\">").contains("<h2>Ce qui n’est pas inclus</h2>")
                .contains("Page \" counter(page) \" sur \" counter(pages)");
        assertThat(Golden.normalise(text)).contains("| Total TTC | 2 473,80 € |").contains("Devis n° DEV-2025-0142 du 1er décembre 2025")
                .contains("SIRET 842 597 130 00017").contains("## Bon pour accord");
    }
}
