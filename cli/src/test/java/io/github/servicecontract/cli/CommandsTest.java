package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, in-process, on the embedded sample and on files, with golden outputs. */
class CommandsTest {

    static Path resource(String name) {
        try {
            return Path.of(CommandsTest.class.getResource("/inputs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void quote_onTheSample_inFrench() {
        CliRun run = CliRun.of("quote", "--locale", "fr");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        // the firm price and its invoice, and apart from them the estimated Saturday call-out
        assertThat(run.plainOut()).contains("Prix ferme annuel HT  2 061,50 €").contains("Total TTC             2 473,80 €")
                .contains("Total estimé HT   236,25 €");
        Golden.assertMatches("quote-sample-fr.txt", run.out());
    }

    @Test
    void quote_explained_inMarkdown_forAnotherTier() {
        CliRun run = CliRun.of("quote", "--tier", "silver", "--locale", "en-GB", "--format", "markdown", "--explain");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## How each amount is calculated").contains("| Firm price per year, excluding tax | €");
        Golden.assertMatches("quote-silver-en-GB.md", run.out());
    }

    @Test
    void quote_ofAJsonFile_inTheClientsLanguage_asHtml() {
        CliRun run = CliRun.of("quote", "--input", resource("milan.json").toString(), "--format", "html");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"it-IT\">").contains("<article class=\"servicecontract\" lang=\"it-IT\">");
        assertThat(run.plainOut()).contains("87,50 €");
        Golden.assertMatches("quote-milan-it.html", run.out());
    }

    @Test
    void quote_withTheBracketsOfTheSampleSheet_ofTheUnitedStates() {
        CliRun run = CliRun.of("quote", "-i", resource("austin.yaml").toString(), "--explain");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        // 25 devices at 1.50 and 5 at 1.00 a month: 42.50 a month, 510.00 a year
        assertThat(run.plainOut().replaceAll(" {2,}", " | ")).contains("Subscription per device, up to 25 | 25 devices | $1.50 per month | $450.00\n")
                .contains("Subscription per device, above 25 | 5 devices | $1.00 per month | $60.00\n")
                .contains("Firm price per year, excluding tax | $1,950.00").contains("Sales tax 0%")
                .contains("pricing in graduated brackets; count 30; bracket up to 25; units in the bracket 25; bracket price $1.50; "
                        + "per month $37.50", "count 30; bracket above 25; units in the bracket 5; bracket price $1.00; per month $5.00")
                // a site measured in miles, priced per mile beyond 10 miles both ways: 2 x 9 miles at $0.70
                .contains("42 Oak Lane, Austin (19 miles from our office)")
                .contains("Mileage, May 12, 2026 | 18 miles | $0.70 per mile | $12.60\n").contains("Mileage beyond 10 miles (round trip) | $0.70 per mile\n")
                .doesNotContain(" km");
    }

    @Test
    void quote_asJson_givesTheFiguresOfTheDocument_amountsAsExactStrings() throws Exception {
        CliRun run = CliRun.of("quote", "-f", "JSON");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("servicecontract/quote");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("quote").get("tier").asText()).isEqualTo("gold");
        assertThat(json.get("client").get("locale").asText()).isEqualTo("fr-FR");
        assertThat(json.get("site").get("region").asText()).isEqualTo("FR-69");
        assertThat(json.get("terms").get("billing").asText()).isEqualTo("ANNUAL");
        assertThat(json.get("terms").get("firmPricePerPeriod").get("amount").asText()).as("one annual invoice").isEqualTo("2061.50");
        assertThat(json.get("quote").get("firmPrice").toString()).isEqualTo("{\"amount\":\"2061.50\",\"currency\":\"EUR\"}");
        // as the French document: 2,061.50 + 412.30 = 2,473.80, and the Saturday call-out estimated apart at 236.25
        assertThat(json.get("committed").get("payable").get("amount").asText()).isEqualTo("2473.80");
        assertThat(json.get("estimate").get("excludingTax").get("amount").asText()).isEqualTo("236.25");
        assertThat(json.get("taxation").toString()).isEqualTo("{\"country\":\"FR\",\"rate\":\"20%\"}");
        Golden.assertMatches("quote-sample.json", run.out());
    }

    @Test
    void compare_schedule_andValidate_asJson() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        CliRun compare = CliRun.of("compare", "-f", "json");
        assertThat(compare.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode tiers = mapper.readTree(compare.out()).get("tiers");
        assertThat(tiers).hasSize(3);
        assertThat(tiers.get(2).get("tier").asText()).isEqualTo("gold");
        assertThat(tiers.get(2).get("committed").get("payable").get("amount").asText()).isEqualTo("2473.80");
        // what each tier is, beside its price, and which rates priced them
        com.fasterxml.jackson.databind.JsonNode silver = tiers.get(1).get("details");
        assertThat(silver.get("id").asText()).isEqualTo("silver");
        assertThat(silver.get("serviceLevel").asText()).isNotEmpty();
        assertThat(silver.get("excludes").size()).isPositive();
        assertThat(tiers.get(0).get("details").get("id").asText()).isEqualTo(tiers.get(0).get("tier").asText());
        assertThat(mapper.readTree(compare.out()).get("rateSheet").asText()).isEqualTo("sample rates of FR");
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("french-rates", ".csv");
        java.nio.file.Files.writeString(sheet, io.github.servicecontract.ratesheet.RateSheetCsv.write(
                io.github.servicecontract.ratesheet.SampleRateSheets.france(), io.github.servicecontract.ratesheet.CsvDialect.COMMA));
        CliRun ownRates = CliRun.of("schedule", "-r", sheet.toString(), "-f", "JSON");
        assertThat(ownRates.exitCode()).isZero();
        assertThat(mapper.readTree(ownRates.out()).get("rateSheet").asText()).isEqualTo(sheet.getFileName().toString());
        java.nio.file.Files.delete(sheet);

        CliRun milan = CliRun.of("quote", "-i", resource("milan.json").toString(), "-f", "JSON");
        com.fasterxml.jackson.databind.JsonNode milanTerms = mapper.readTree(milan.out()).get("terms");
        assertThat(milanTerms.get("billing").asText()).isEqualTo("QUARTERLY");
        assertThat(milanTerms.get("firmPricePerPeriod").get("amount").asText()).as("as the schedule's first invoice").isEqualTo("375.00");

        CliRun schedule = CliRun.of("schedule", "-i", resource("milan.json").toString(), "-f", "JSON");
        com.fasterxml.jackson.databind.JsonNode invoices = mapper.readTree(schedule.out()).get("schedule").get("invoices");
        assertThat(invoices).hasSize(4);
        assertThat(invoices.get(0).get("excludingTax").get("amount").asText()).isEqualTo("375.00");
        assertThat(invoices.get(0).get("payable").get("amount").asText()).as("with IVA at 22 %, as the document").isEqualTo("457.50");

        CliRun wrong = CliRun.of("validate", "--rates", resource("wrong-rates.csv").toString(), "-f", "JSON");
        assertThat(wrong.exitCode()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode report = mapper.readTree(wrong.out());
        assertThat(report.get("format").asText()).isEqualTo("servicecontract/validation");
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("rates").get("report").get("problems").get(0).toString()).isEqualTo("{\"code\":\"NEGATIVE_RATE\","
                + "\"severity\":\"ERROR\",\"location\":\"line 3\",\"message\":\"rate of trip fee rate for region FR must be >= 0,"
                + " was -45.00\"}");
        CliRun changing = CliRun.of("validate", "-r", resource("rates-changing.csv").toString(), "-i", sampleFile().toString(),
                "-f", "JSON");
        assertThat(changing.exitCode()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode contract = mapper.readTree(changing.out()).get("contract");
        assertThat(contract.get("pricedOn").toString()).contains("\"2026-01-01\"", "\"2026-07-01\"");
        assertThat(contract.get("problems").get(0).asText()).isEqualTo("tier bronze from 2026-07-01: no trip fee rate for region"
                + " FR-69, tier bronze");

        CliRun contractJson = CliRun.of("contract", "-f", "JSON");
        assertThat(contractJson.exitCode()).isEqualTo(2);
        assertThat(contractJson.err()).isEqualTo("servicecontract: --format: must be TEXT, MARKDOWN, HTML or PDF for contract, was JSON;"
                + " quote, compare, schedule, statement and validate write JSON\n");
        CliRun validateHtml = CliRun.of("validate", "-f", "HTML");
        assertThat(validateHtml.exitCode()).isEqualTo(2);
        assertThat(validateHtml.err()).isEqualTo("servicecontract: --format: must be TEXT or JSON for validate, was HTML\n");
    }

    @Test
    void compare_onTheSample() {
        CliRun run = CliRun.of("compare");
        assertThat(run.exitCode()).isZero();
        Golden.assertMatches("compare-sample-fr.txt", run.out());
    }

    @Test
    void schedule_ofAQuarterlyContract() {
        CliRun run = CliRun.of("schedule", "-i", resource("milan.json").toString(), "-l", "it-CH");
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).contains("€ 457.50").contains("€ 1'830.00");
        Golden.assertMatches("schedule-milan-it-CH.txt", run.out());
    }

    @Test
    void schedule_ofAnOpenEndedContract_forTheMonthsAsked_saysThatInvoicingContinues(@TempDir Path folder) throws Exception {
        String sample = ContractFile.sampleText();
        Path open = Files.writeString(folder.resolve("open.yaml"), sample.replace("term: P12M", "term: open-ended")
                .replace("billing: ANNUAL", "billing: QUARTERLY"));

        CliRun run = CliRun.of("schedule", "-i", open.toString(), "-l", "en-GB", "--months", "24");

        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut().lines().filter(line -> line.matches(" +\\d+ .*"))).hasSize(8);
        assertThat(run.plainOut()).contains("Open-ended contract: invoicing continues from 1 January 2028 until the contract is"
                + " cancelled.");
        CliRun none = CliRun.of("schedule", "-i", open.toString(), "--months", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("servicecontract: --months: openEndedMonths must be between 1 and 120, was 0\n");
        CliRun million = CliRun.of("schedule", "-i", open.toString(), "--months", "1000000");
        assertThat(million.exitCode()).isEqualTo(2);
        assertThat(million.err()).isEqualTo("servicecontract: --months: openEndedMonths must be between 1 and 120, was 1000000\n");
    }

    @Test
    void validate_theSample_isValid() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("sample rates of FR: 22 rates, valid, no problems\n");
    }

    @Test
    void validate_aWrongSheet_printsTheWholeReport_andExitsWithOne() {
        CliRun run = CliRun.of("validate", "--rates", resource("wrong-rates.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("wrong-rates.csv: 4 rates, not valid, 3 problems:\n"
                + "  NEGATIVE_RATE ERROR at line 3: rate of trip fee rate for region FR must be >= 0, was -45.00\n"
                + "  PREMIUM_BAND_CHEAPER WARNING at line 4: rate of on-site labour rate for region FR, role TECHNICIAN, band SATURDAY"
                + " (80.00) is below the business-hours rate (85.00) at line 2\n"
                + "  MIXED_CURRENCY ERROR at line 5: currency must be EUR like the first rate, was CHF\n");
    }

    /** The sample contract file, as a file: the sample text written once to a temporary file. */
    static synchronized Path sampleFile() {
        try {
            if (sampleFile == null) {
                Path folder = Files.createTempDirectory("sample");
                sampleFile = Files.writeString(folder.resolve("lyon.yaml"), ContractFile.sampleText());
                sampleFile.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
            }
            return sampleFile;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path sampleFile;

    @Test
    void validate_withAContract_pricesEachTierOnEveryDayTheRatesChange() {
        CliRun sample = CliRun.of("validate", "-i", resource("milan.json").toString());
        assertThat(sample.exitCode()).isZero();
        assertThat(sample.out()).isEqualTo("sample rates of IT: 9 rates, valid, no problems\n"
                + "milan.json: its tier priced from 2026-01-01, the rates not changing after it\n");

        // labour changes on 1 April; the trip fee ends on 1 July, and every tier of the Lyon sample bills trips
        CliRun changing = CliRun.of("validate", "-r", resource("rates-changing.csv").toString(), "-i", sampleFile().toString());
        assertThat(changing.exitCode()).isEqualTo(1);
        assertThat(changing.out()).isEqualTo("rates-changing.csv: 23 rates, valid, no problems\n"
                + "lyon.yaml: the sheet cannot price it 3 times:\n"
                + "  tier bronze from 2026-07-01: no trip fee rate for region FR-69, tier bronze\n"
                + "  tier silver from 2026-07-01: no trip fee rate for region FR-69, tier silver\n"
                + "  tier gold from 2026-07-01: no trip fee rate for region FR-69, tier gold\n");

        CliRun late = CliRun.of("validate", "-r", resource("rates-from-february.csv").toString(), "-i", sampleFile().toString());
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.out()).endsWith("lyon.yaml: the sheet cannot price it:\n"
                + "  on 2026-01-01: day must be a day some rate applies on, from 2026-02-01, was 2026-01-01\n");
    }

    @Test
    void validate_withAContract_whoseRatesChangeAndStillPriceIt(@TempDir Path folder) throws Exception {
        // the same sheet, with the trip fee kept after 1 July
        String text = Files.readString(resource("rates-changing.csv")).replace(",EUR,2026-01-01,2026-07-01", ",EUR,2026-01-01,");
        Path kept = Files.writeString(folder.resolve("rates-kept.csv"), text);

        CliRun run = CliRun.of("validate", "-r", kept.toString(), "-i", sampleFile().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("rates-kept.csv: 23 rates, valid, no problems\n"
                + "lyon.yaml: its 3 tiers priced from 2026-01-01 and on the later day the rates change\n");
    }

    @Test
    void contract_ofTheSample_hasTheClientThePricesTheInvoicesAndTheTerms() {
        CliRun run = CliRun.of("contract", "-l", "en-GB");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.plainOut()).startsWith("Domotique Rhône SARL\n8 rue Garibaldi\n69006 Lyon\n"
                        + "SIRET 842 597 130 00017 · VAT No. FR 17 842 597 130\n")
                .contains("\nService contract\n================\n\nClient\n").doesNotContain("DEV-2025-0142")
                .contains("Client\n  Claire Martin\n  12 chemin des Tilleuls\n  69003 Lyon\n")
                .contains("Covered equipment").contains("Lutron seeTouch  Lighting                      24  until 29 February 2032")
                .contains("- Payment due within 30 days of the invoice date")
                .contains("- To cancel, write to Domotique Rhône SARL, 8 rue Garibaldi, 69006 Lyon or e-mail support@domotique-rhone.example")
                .contains("The client: Claire Martin").contains("For Domotique Rhône SARL")
                .contains("Prepayment discount").contains("Total including tax                 €2,473.80")
                .contains("Invoices\n--------")
                .contains("1 January 2026  31 January 2026  1 January 2026 to 31 December 2026  €2,061.50  €412.30  €2,473.80")
                .contains("- Cancellation notice: 1 month; to stop the renewal, cancel by 1 December 2026");
        assertThat(CliRun.of("contract", "-t", "silver", "--explain", "-f", "markdown").out())
                .contains("\n# Contrat de maintenance\n").contains("## Échéancier de facturation").contains("Formule\u00A0: Silver");
    }

    @Test
    void contract_asPdf_isWrittenToTheFileNamed_andAnHtmlPageToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path pdf = folder.resolve("contrat.pdf");
        CliRun run = CliRun.of("contract", "-f", "PDF", "-o", pdf.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");

        CliRun nowhere = CliRun.of("quote", "-f", "PDF", "-o", folder.resolve("missing/devis.pdf").toString());
        assertThat(nowhere.exitCode()).isEqualTo(2);
        assertThat(nowhere.err()).isEqualTo("servicecontract: --output: cannot be written to " + folder.resolve("missing/devis.pdf")
                + ": its folder does not exist\n");

        CliRun toTerminal = CliRun.of("quote", "-f", "PDF");
        assertThat(toTerminal.exitCode()).isEqualTo(2);
        assertThat(toTerminal.err()).isEqualTo("servicecontract: --output: must name the file a PDF is written to, such as -o devis.pdf\n");

        java.nio.file.Path html = folder.resolve("devis.html");
        assertThat(CliRun.of("quote", "-f", "HTML", "-o", html.toString()).exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(html)).startsWith("<!DOCTYPE html>\n<html lang=\"fr-FR\">")
                .contains("<title>Devis de contrat de maintenance</title>").endsWith("</html>\n");
        java.nio.file.Path json = folder.resolve("devis.json");
        assertThat(CliRun.of("quote", "-f", "JSON", "-o", json.toString()).exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(json)).startsWith("{\n  \"format\" : \"servicecontract/quote\"");
    }

    @Test
    void renewal_ofTheSample_onADayOfItsFirstTerm_inFrench() {
        CliRun run = CliRun.of("renewal", "--on", "2026-10-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Domotique Rhône SARL\n").contains("\nReconduction de votre contrat de maintenance\n")
                .contains("| Date limite pour vous opposer à la reconduction\u00A0: 1er décembre 2026 |")
                .contains("- Formule\u00A0: Gold\n")
                .contains("il sera reconduit tacitement le 1er janvier 2027, pour 12 mois.")
                .contains("informez-nous au plus tard le 1er décembre 2026 (préavis\u00A0: 1 mois).")
                .contains("en application de l’article L.\u00A0215-1 du code de la consommation.\n")
                .endsWith("Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.\n\nDomotique Rhône SARL\n");
        // by default, the day it is sent is today: its last day to object is today's or a later renewal's, never past
        java.time.LocalDate day = java.time.LocalDate.now();
        io.github.servicecontract.model.ContractTerms terms = ContractFile.sample().terms();
        io.github.servicecontract.model.RenewalDates dates = io.github.servicecontract.model.RenewalDates.of(terms, day);
        if (day.isAfter(dates.lastDayToCancel().orElseThrow())) {
            dates = io.github.servicecontract.model.RenewalDates.of(terms, dates.renewalDate().orElseThrow());
        }
        assertThat(dates.lastDayToCancel().orElseThrow()).isAfterOrEqualTo(day);
        CliRun today = CliRun.of("renewal");
        assertThat(today.exitCode()).isZero();
        assertThat(today.out()).contains("| Date limite pour vous opposer à la reconduction\u00A0: "
                + io.github.servicecontract.i18n.Messages.of(java.util.Locale.FRANCE).date(dates.lastDayToCancel().orElseThrow()) + " |");

        CliRun later = CliRun.of("renewal", "--on", "2027-11-15", "-l", "en-GB", "-t", "silver", "-f", "html");
        assertThat(later.exitCode()).isZero();
        assertThat(later.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").contains("<article class=\"servicecontract\" lang=\"en-GB\">")
                .contains("<li>Service tier: Silver</li>")
                .contains("it renews automatically on 1 January 2028, for 12 months.");
    }

    @Test
    void renewal_onADayTheContractDoesNotRun_saysWhy() {
        CliRun run = CliRun.of("renewal", "--on", "2025-10-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("servicecontract: --on: day must not be before the contract starts on 2026-01-01, was 2025-10-01\n");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("quote").contains("contract").contains("compare").contains("schedule").contains("renewal")
                .contains("validate");
        for (String command : new String[] {"quote", "contract", "compare", "schedule", "renewal", "validate"}) {
            CliRun commandHelp = CliRun.of(command, "--help");
            assertThat(commandHelp.exitCode()).isZero();
            assertThat(commandHelp.out()).startsWith("Usage: servicecontract " + command);
        }
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("servicecontract 0.1.0");
        assertThat(CliRun.of().out()).startsWith("Usage: servicecontract");
    }
}
