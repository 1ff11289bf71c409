package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Renewal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** In Italy, onerous clauses of standard terms need the client's specific written approval (c.c. art. 1341, 1342). */
class ItalianApprovalTest {

    private static Contract milan(ContractTerms terms) {
        return Contract.builder().client(Client.of("Giulia Bianchi", Locale.ITALY)).site(Samples.VILLA_BIANCHI)
                .tier(Samples.MILAN_QUOTE.context().tier()).terms(terms).build();
    }

    @Test
    void aTacitRenewal_isApprovedApart_withTheExclusions_signedByTheClient() {
        Contract contract = milan(Samples.MILAN_QUOTE.context().terms());
        String text = Golden.normalise(ContractDocuments.contract(contract, Samples.MILAN_QUOTE, RenderOptions.SUMMARY)
                .render(DocumentFormat.TEXT));
        assertThat(text).contains("Approvazione specifica\n----------------------\n\nAi sensi e per gli effetti degli articoli 1341"
                + " e 1342 del codice civile, il cliente dichiara di aver letto e di approvare specificamente le seguenti clausole:"
                + " rinnovo tacito per 12 mesi salvo disdetta con preavviso di 1 mese; esclusioni dalla copertura (Cosa non è incluso).")
                .endsWith("Il cliente: Giulia Bianchi\n\nLuogo ________________________\n\nData ________________________\n\n"
                        + "Firma ________________________\n");
        assertThat(text.indexOf("Per accettazione")).isLessThan(text.indexOf("Approvazione specifica"));
    }

    @Test
    void withoutTacitRenewal_theExclusionsAloneAreApproved_andASiteOutsideItalyNeedsNoApproval() {
        ContractTerms once = ContractTerms.builder().from(Samples.MILAN_QUOTE.context().terms()).renewal(Renewal.NONE).build();
        io.github.servicecontract.pricing.Quote quote = io.github.servicecontract.pricing.Quote.of(
                io.github.servicecontract.pricing.PricingContext.builder().from(Samples.MILAN_CONTEXT).terms(once).build(),
                Samples.MILAN_RULE);
        assertThat(ContractDocuments.contract(milan(once), quote, RenderOptions.SUMMARY).render(DocumentFormat.TEXT))
                .contains("approvare specificamente le seguenti clausole: esclusioni dalla copertura (Cosa non è incluso).").doesNotContain("rinnovo tacito");
        assertThat(ContractDocuments.contract(Samples.LYON_CONTRACT, Samples.LYON_QUOTE, RenderOptions.SUMMARY)
                .render(DocumentFormat.TEXT)).doesNotContain("1341");
    }

    @Test
    void anItalianQuote_theClientSigns_carriesTheApprovalToo() {
        String text = ContractDocuments.quote(Samples.MILAN_QUOTE, Locale.ITALY, RenderOptions.builder()
                .client(Client.of("Giulia Bianchi", Locale.ITALY)).build()).render(DocumentFormat.TEXT);
        assertThat(text).contains("Approvazione specifica").contains("rinnovo tacito per 12 mesi");
        assertThat(text.indexOf("Per accettazione")).isLessThan(text.indexOf("Approvazione specifica"));
    }
}
