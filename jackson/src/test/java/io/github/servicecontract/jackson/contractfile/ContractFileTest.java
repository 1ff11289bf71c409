package io.github.servicecontract.jackson.contractfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.EarlyTermination;
import io.github.servicecontract.model.HoursBank;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.statement.WorkLog;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract file's reader as a vendor calls it: from a file, from a text, the sample; and its refusals. */
class ContractFileTest {

    private static final RateTable FRANCE = SampleRateSheets.france().toRateTable(LocalDate.of(2026, 1, 1));

    @Test
    void theSample_readFromAFile_pricesTheFirmPriceTheReadmeShows(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("lyon.yaml"), ContractFile.sampleText());

        ContractFile contract = ContractFile.read(file);

        assertThat(contract.tier()).isEqualTo(TierId.of("gold"));
        assertThat(contract.offer().tier().id()).isEqualTo(TierId.of("gold"));
        assertThat(contract.catalogue().offers()).hasSize(3);
        assertThat(contract.client().locale().toLanguageTag()).isEqualTo("fr-FR");
        assertThat(contract.site().region().toString()).isEqualTo("FR-69");
        assertThat(contract.prepaid()).singleElement().isInstanceOfSatisfying(HoursBank.class,
                bank -> assertThat(bank.hours()).isEqualTo(Duration.ofHours(10)));
        Quote quote = Quote.of(contract.context(FRANCE), contract.offer().rule());
        assertThat(quote.firmPrice().getNumber().numberValueExact(BigDecimal.class)).isEqualByComparingTo("2061.50");
        assertThat(quote.firmPrice().getCurrency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void theReadmesExample_readsTheSampleFromAFile_andPricesIt() throws IOException {
        Path written = Files.writeString(Path.of("lyon.yaml"), ContractFile.sampleText()); // the README's file, where it is read
        try {
            ContractFile file = ContractFile.read(Path.of("lyon.yaml"));
            RateTable rates = SampleRateSheets.france().toRateTable(file.terms().start());
            Quote quote = Quote.of(file.context(rates), file.offer().rule());
            System.out.println(quote.firmPrice()); // EUR 2061.50

            assertThat(quote.firmPrice()).hasToString("EUR 2061.50");
        } finally {
            Files.delete(written);
        }
    }

    @Test
    void theSameContract_inJson_readsTheSame(@TempDir Path folder) throws IOException {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(ContractFile.sampleText()));
        Path file = Files.writeString(folder.resolve("LYON.JSON"), json);

        ContractFile contract = ContractFile.read(file);

        assertThat(Syntax.of(file)).isEqualTo(Syntax.JSON);
        assertThat(contract.site()).isEqualTo(ContractFile.sample().site());
        assertThat(contract.terms()).isEqualTo(ContractFile.sample().terms());
        assertThat(contract.usage()).isEqualTo(ContractFile.sample().usage());
        assertThat(Quote.of(contract.context(FRANCE), contract.offer().rule()).firmPrice())
                .isEqualTo(Quote.of(ContractFile.sample().context(FRANCE), ContractFile.sample().offer().rule()).firmPrice());
    }

    @Test
    void aProblem_namesTheFile_thePlace_andTheRule() {
        String text = ContractFile.sampleText().replace("quotas: { systemUpdatesPerYear: 4 }", "quotas: { systemUpdatesPerYear: four }");

        assertThatThrownBy(() -> ContractFile.parse("villa.yaml", text, Syntax.YAML)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo("villa.yaml");
            assertThat(e.place()).isEqualTo("/tiers/2/quotas/systemUpdatesPerYear");
            assertThat(e.problem()).isEqualTo("must be a whole number such as 12, of at most 9 digits, was \"four\"");
            assertThat(e).hasMessage("villa.yaml, /tiers/2/quotas/systemUpdatesPerYear: " + e.problem());
        });
    }

    @Test
    void aFileLargerThanTheLimit_isRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path large = Files.write(folder.resolve("large.yaml"), new byte[(int) ContractFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> ContractFile.read(large)).isInstanceOf(InputException.class).hasMessageContaining("large.yaml")
                .hasMessageEndingWith("large.yaml: is 1,048,577 bytes, over the limit of 1,048,576 bytes");
    }

    @Test
    void aWorkLog_readsItsInterventionsTicketsAndUpdates_withinTheTerm() {
        ContractFile contract = ContractFile.sample();
        String log = "work:\n  - { delivery: REMOTE, day: 2026-01-13, worked: PT45M }\n  - { tickets: 2, day: 2026-02-20 }\n"
                + "  - { updates: 1, day: 2026-03-05 }\n";

        WorkLog work = WorkLogFile.parse("q1.yaml", log, Syntax.YAML, contract.terms());

        assertThat(work.interventions()).singleElement().satisfies(intervention -> {
            assertThat(intervention.delivery()).isEqualTo(Delivery.REMOTE);
            assertThat(intervention.worked()).isEqualTo(Duration.ofMinutes(45));
        });
        assertThat(work.tickets()).containsEntry(LocalDate.of(2026, 2, 20), 2);
        assertThat(work.updates()).containsEntry(LocalDate.of(2026, 3, 5), 1);
        assertThatThrownBy(() -> WorkLogFile.parse("q1.yaml", "work:\n  - { tickets: 1, day: 2027-01-01 }\n", Syntax.YAML,
                contract.terms())).isInstanceOf(InputException.class)
                .hasMessage("q1.yaml, /work/0/day: must be within the term, from 2026-01-01 to 2026-12-31, was 2027-01-01");
    }

    @Test
    void theTermsEarlyTermination_isReadAsAFee_orAShareOfTheTimeLeft_oneOfThem() {
        String share = ContractFile.sampleText().replace("  payment: P30D\n", "  payment: P30D\n  earlyTermination: { shareOfRemaining: 50% }\n");
        String fee = ContractFile.sampleText().replace("  payment: P30D\n", "  payment: P30D\n  earlyTermination: { fee: \"150.00\" }\n");
        String both = ContractFile.sampleText().replace("  payment: P30D\n",
                "  payment: P30D\n  earlyTermination: { fee: \"150.00\", shareOfRemaining: 50% }\n");

        assertThat(ContractFile.parse("share.yaml", share, Syntax.YAML).terms().earlyTermination())
                .contains(EarlyTermination.shareOfRemaining(Percentage.of(50)));
        assertThat(ContractFile.parse("fee.yaml", fee, Syntax.YAML).terms().earlyTermination())
                .contains(EarlyTermination.fee(javax.money.Monetary.getDefaultAmountFactory().setCurrency("EUR")
                        .setNumber(new BigDecimal("150.00")).create()));
        assertThat(ContractFile.sample().terms().earlyTermination()).isEmpty();
        assertThatThrownBy(() -> ContractFile.parse("both.yaml", both, Syntax.YAML)).isInstanceOf(InputException.class)
                .hasMessage("both.yaml, /terms/earlyTermination: must be {fee: amount} or {shareOfRemaining: percentage}, one of them");
        assertThatThrownBy(() -> ContractFile.parse("open.yaml", share.replace("term: P12M", "term: open-ended"), Syntax.YAML))
                .isInstanceOf(InputException.class).hasMessageStartingWith("open.yaml, /terms: earlyTermination must be a fee for an"
                        + " open-ended term");
    }

    @Test
    void aFilesSyntax_isJsonByItsExtension_inAnyCase_andYamlOtherwise() {
        assertThat(Syntax.of(Path.of("a.json"))).isEqualTo(Syntax.JSON);
        assertThat(Syntax.of(Path.of("dir", "a.Json"))).isEqualTo(Syntax.JSON);
        assertThat(Syntax.of(Path.of("a.yaml"))).isEqualTo(Syntax.YAML);
        assertThat(Syntax.of(Path.of("a.json.yml"))).isEqualTo(Syntax.YAML);
        assertThat(Syntax.of(Path.of("/"))).isEqualTo(Syntax.YAML);
    }

    @Test
    void theMilesRule_refusesAtTheirPlace_distancesInKilometresThatAreNoExactNumberOfMiles() {
        String miles = ContractFile.sampleText().replace("trip-fee, prepay-discount]\nusage:", "trip-fee, prepay-discount,"
                + " {rule: miles, freeRadius: 10 mi, legs: RETURN}]\nusage:");
        assertThat(miles).contains("{rule: miles");
        assertThatThrownBy(() -> ContractFile.parse("miles.yaml", miles, Syntax.YAML)).isInstanceOf(InputException.class)
                .hasMessage("miles.yaml, /site/distance: must be in miles (such as 19 mi) for the miles rule that prices travel, or"
                        + " kilometres that are an exact number of miles (1 mi = 1.609344 km), was 18 km");
        String radius = miles.replace("distance: 18 km", "distance: 11 mi").replace("      - { clause: system-updates, updates: 4 }",
                "      - { clause: system-updates, updates: 4 }\n      - { clause: travel-within-radius, radius: 25 km }");
        assertThatThrownBy(() -> ContractFile.parse("radius.yaml", radius, Syntax.YAML)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("radius.yaml, /tiers/2/includes: the travel-within-radius radius must be in miles");
    }
}
