package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The terms' early-termination rule, stated in the contract's terms in each language as native-speaking reviewers
 * worded it; nothing when the terms set none; and, for a site in Italy, among the clauses the client approves apart.
 */
class EarlyTerminationWordingTest {

    private static String contract(PricingContext sold, PricingRule rule, EarlyTermination early, Locale locale) {
        ContractTerms terms = ContractTerms.builder().from(sold.terms()).earlyTermination(early).build();
        Quote quote = Quote.of(PricingContext.builder().from(sold).terms(terms).build(), rule);
        Contract contract = Contract.builder().client(Client.of("Claire Martin", locale)).site(sold.site()).tier(sold.tier())
                .terms(terms).build();
        return Golden.normalise(ContractDocuments.contract(contract, quote, RenderOptions.SUMMARY).render(DocumentFormat.TEXT));
    }

    private static String lyon(EarlyTermination early, Locale locale) {
        return contract(Samples.LYON_CONTEXT, Samples.GOLD_RULE, early, locale);
    }

    @Test
    void aShareOfTheTimeLeft_andAFixedFee_areStatedInTheTerms_inEachLanguage() {
        EarlyTermination half = EarlyTermination.shareOfRemaining(Percentage.of(50));
        assertThat(lyon(half, Locale.FRANCE)).contains("Résiliation anticipée : indemnité égale à 50 % du prix ferme HT de la période"
                + " restant à courir jusqu'au terme du contrat ; les sommes déjà facturées pour la période postérieure à la résiliation"
                + " sont remboursées");
        assertThat(lyon(half, Locale.ITALY)).contains("Recesso anticipato: corrispettivo pari al 50% del prezzo fisso relativo al"
                + " periodo residuo fino alla scadenza; gli importi già fatturati per il periodo successivo al recesso vengono rimborsati");
        assertThat(lyon(half, Locale.GERMANY)).contains("Vorzeitige Kündigung: Entgelt in Höhe von 50 % des Festpreises (netto) für die"
                + " Restlaufzeit; bereits berechnete Beträge für die Zeit nach Vertragsende werden erstattet. Ihnen bleibt der Nachweis"
                + " gestattet, dass uns kein oder ein wesentlich geringerer Schaden entstanden ist");
        assertThat(lyon(half, Locale.UK)).contains("Early termination: 50% of the firm price (excluding tax) for the rest of the term;"
                + " anything already invoiced for days after the termination date is refunded");
        assertThat(lyon(EarlyTermination.fee(Samples.eur("150.00")), Locale.FRANCE)).contains(
                "Résiliation anticipée : indemnité de 150,00 € ; les sommes déjà facturées pour la période postérieure à la résiliation"
                        + " sont remboursées");
        assertThat(Golden.normalise(ContractDocuments.contract(Samples.LYON_CONTRACT, Samples.LYON_QUOTE, RenderOptions.SUMMARY)
                .render(DocumentFormat.TEXT))).doesNotContain("Résiliation anticipée").doesNotContain("Early termination");
    }

    @Test
    void inItaly_aPriceForEndingEarly_isAmongTheClausesApprovedApart_andNoPriceIsNot() {
        String priced = contract(Samples.MILAN_CONTEXT, Samples.MILAN_RULE, EarlyTermination.shareOfRemaining(Percentage.of(20)),
                Locale.ITALY);
        String free = contract(Samples.MILAN_CONTEXT, Samples.MILAN_RULE, EarlyTermination.fee(Samples.eur("0.00")), Locale.ITALY);

        assertThat(priced).contains("Ai sensi e per gli effetti degli articoli 1341 e 1342 del codice civile").contains(
                "recesso anticipato a titolo oneroso (Condizioni)");
        assertThat(free).doesNotContain("recesso anticipato a titolo oneroso");
    }
}
