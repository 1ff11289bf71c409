package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The terms' early-termination rule, stated in the contract's terms in each language; nothing when the terms set none. */
class EarlyTerminationWordingTest {

    private static String contract(EarlyTermination rule, Locale locale) {
        ContractTerms terms = ContractTerms.builder().from(Samples.ANNUAL).earlyTermination(rule).build();
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).terms(terms).build(), Samples.GOLD_RULE);
        Contract contract = Contract.builder().from(Samples.LYON_CONTRACT).client(Samples.CLAIRE_MARTIN.withLocale(locale)).terms(terms)
                .build();
        return Golden.normalise(ContractDocuments.contract(contract, quote, RenderOptions.SUMMARY).render(DocumentFormat.TEXT));
    }

    @Test
    void aShareOfTheTimeLeft_andAFixedFee_areStatedInTheTerms_inEachLanguage() {
        EarlyTermination half = EarlyTermination.shareOfRemaining(Percentage.of(50));
        assertThat(contract(half, Locale.FRANCE)).contains("Résiliation anticipée : 50 % du prix ferme de la période restant à courir,"
                + " les jours déjà facturés étant remboursés");
        assertThat(contract(half, Locale.ITALY)).contains("Recesso anticipato: il 50% del prezzo fisso del periodo residuo, con il"
                + " rimborso dei giorni già fatturati");
        assertThat(contract(half, Locale.GERMANY)).contains("Vorzeitige Kündigung: 50 % des Festpreises der Restlaufzeit, bereits"
                + " berechnete Tage werden erstattet");
        assertThat(contract(half, Locale.UK)).contains("Early termination: 50% of the firm price of the time left, and the days"
                + " already invoiced refunded");
        assertThat(contract(EarlyTermination.fee(Samples.eur("150.00")), Locale.FRANCE)).contains(
                "Résiliation anticipée : frais de 150,00 €, les jours déjà facturés étant remboursés");
        assertThat(Golden.normalise(ContractDocuments.contract(Samples.LYON_CONTRACT, Samples.LYON_QUOTE, RenderOptions.SUMMARY)
                .render(DocumentFormat.TEXT))).doesNotContain("Résiliation anticipée").doesNotContain("Early termination");
    }
}
