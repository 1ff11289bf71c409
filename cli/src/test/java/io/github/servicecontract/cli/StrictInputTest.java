package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.Syntax;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, classes 2, 3, 5, 6 and 8: a contract file or a rate sheet is read exactly as written
 * or refused in one line naming the file, the place, the value and the rule, exit code 2.
 */
class StrictInputTest {

    /** A hang guard, not a speed test: each refusal takes milliseconds. */
    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String name, byte[] bytes) throws Exception {
        Path path = folder.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private static String sample() {
        return ContractFile.sampleText();
    }

    private static void assertRefused(String line, String... args) {
        CliRun run = assertTimeoutPreemptively(GUARD, () -> CliRun.of(args));
        assertThat(run.err()).isEqualTo("servicecontract: " + line + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(2);
    }

    private void assertContractRefused(String name, String text, String line) throws Exception {
        assertRefused(line, "quote", "-i", file(name, text).toString());
    }

    @Test
    void usageThatNoRulePrices_isRefusedAtTheTiersRules_neverLeftOutOfThePrice() throws Exception {
        String noLabour = sample().replace("pricing: [flat-fee, device-fee, subsystem-fee, on-site-labour, remote-labour, trip-fee, prepay-discount]",
                "pricing: [flat-fee, device-fee, subsystem-fee, remote-labour, trip-fee, prepay-discount]");
        String refusal = "no-labour.yaml, /tiers/2/pricing: quote of tier gold leaves 3 on-site interventions unpriced:"
                + " no rule prices on-site labour";
        assertContractRefused("no-labour.yaml", noLabour, refusal);
        assertRefused(refusal, "schedule", "-i", folder.resolve("no-labour.yaml").toString());
        assertRefused(refusal, "contract", "-i", folder.resolve("no-labour.yaml").toString());
        assertRefused("bronze.yaml, /tiers/0/pricing: quote of tier bronze leaves 3 on-site interventions unpriced: no rule prices"
                + " on-site labour", "compare", "-i", file("bronze.yaml", sample().replace(
                        "pricing: [flat-fee, on-site-labour, remote-labour,", "pricing: [flat-fee, remote-labour,"))
                        .toString());
        assertContractRefused("tickets.yaml", sample().replace("usage:\n", "usage:\n  - remoteTickets: 2\n"),
                "tickets.yaml, /tiers/2/pricing: quote of tier gold leaves 2 remote tickets unpriced: no rule prices remote tickets");
        CliRun validate = CliRun.of("validate", "-i", folder.resolve("no-labour.yaml").toString());
        assertThat(validate.out()).contains("no-labour.yaml: the sheet cannot price it:\n  tier gold from 2026-01-01: quote of tier gold"
                + " leaves 3 on-site interventions unpriced: no rule prices on-site labour\n");
        assertThat(validate.exitCode()).isEqualTo(1);
    }

    @Test
    void aGermanConsumersTermsThatTheLawForbids_areRefusedAtTheTerms_byEveryCommand() throws Exception {
        String german = sample().replace("region: FR-69", "region: DE-BY").replace("locale: fr-FR", "locale: de-DE");
        String refusal = "munich.yaml, /terms: terms.renewal must not renew a consumer's contract in Germany for another fixed term"
                + " (BGB § 309 Nr. 9 b): end it, or sell an open-ended contract cancellable with a month's notice, was AUTOMATIC";
        assertContractRefused("munich.yaml", german, refusal);
        assertRefused(refusal, "validate", "-i", folder.resolve("munich.yaml").toString());
        // a business is not held to it
        assertThat(ContractFile.parse("business.yaml", german.replace("capacity: CONSUMER", "capacity: BUSINESS"), Syntax.YAML).client()
                .capacity()).isEqualTo(io.github.servicecontract.model.Client.Capacity.BUSINESS);
    }

    @Test
    void registrationsThatDoNotCheck_areRefusedAtTheirRegister() throws Exception {
        assertContractRefused("siret.yaml", sample().replace("SIRET: 842 597 130 00017", "SIRET: 842 597 130 00018"),
                "siret.yaml, /integrator/registrations/SIRET: SIRET must be 14 digits with a valid Luhn check, such as"
                        + " 842 597 130 00017, was \"842 597 130 00018\"");
        assertContractRefused("register.yaml", sample().replace("SIRET: 842 597 130 00017", "SIREN: 842 597 130"),
                "register.yaml, /integrator/registrations/SIREN: must be a register of [SIRET, FR_VAT, IT_VAT, CH_UID, CH_VAT, DE_VAT],"
                        + " was \"SIREN\"");
        assertContractRefused("capacity.yaml", sample().replace("capacity: CONSUMER", "capacity: PERSON"),
                "capacity.yaml, /client/capacity: must be one of [CONSUMER, BUSINESS], was \"PERSON\"");
    }

    @Test
    void aControlCharacterOrLineBreakAroundAnIdentifier_isRefused_spacesAreLayout() throws Exception {
        assertContractRefused("bell.yaml", sample().replace("tier: gold\n", "tier: \"gold\\u0007\\n\"\n"),
                "bell.yaml, /tier: tierId must be 1 to 64 lower-case letters or digits in hyphen-separated words, was \"gold\\u0007\\u000A\"");
        CliRun spaced = CliRun.of("quote", "-i", file("spaced.yaml", sample().replace("tier: gold\n", "tier: \"  gold \"\n")).toString());
        assertThat(spaced.exitCode()).isZero();
    }

    @Test
    void yaml11Numbers_areReadAsWrittenOrRefused() throws Exception {
        assertContractRefused("octal.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"", "quantity: 010, unitValue: \"699.00\""),
                "octal.yaml, /site/equipment/1/quantity: must be a whole number without a leading zero (YAML 1.1 reads 010 as 8),"
                        + " was \"010\"");
        assertContractRefused("hex.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"", "quantity: 0x5AA, unitValue: \"699.00\""),
                "hex.yaml, /site/equipment/1/quantity: must be a whole number such as 12, of at most 9 digits, was \"0x5AA\"");
        assertContractRefused("underscore.yaml", sample().replace("unitValue: \"1450.00\"", "unitValue: 1_450"),
                "underscore.yaml, /site/equipment/0/unitValue: must be a decimal number such as 1234.56: digits, an optional minus sign"
                        + " and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"1_450\"");
        assertContractRefused("yes.yaml", sample().replace("warrantyEnd: 2026-02-28 }", "warrantyEnd: 2026-02-28, obsolete: yes }"),
                "yes.yaml, /site/equipment/0/obsolete: must be true or false, was \"yes\"");
    }

    @Test
    void plainYamlNumbers_keepTheirDigits() throws Exception {
        // unquoted, YAML types these as numbers; their text is what the library reads, 1450.50 and not 1450.5
        CliRun run = CliRun.of("quote", "-i", file("plain.yaml", sample().replace("unitValue: \"1450.00\"", "unitValue: 1450.00")
                .replace("products: \"24000.00\"", "products: 24000.00")).toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("quote").out());
    }

    @Test
    void jsonNumbersOfManyDigits_areReadExactlyOrRefused() throws Exception {
        String json = "{\"currency\": \"EUR\", \"client\": {\"name\": \"A\", \"locale\": \"fr-FR\"}, \"site\": {\"name\": \"S\","
                + " \"region\": \"FR-69\", \"distance\": \"5 km\", \"subsystems\": [\"lighting\"],"
                + " \"installedValue\": {\"products\": %s, \"labour\": 0}},"
                + " \"terms\": {\"start\": \"2026-01-01\", \"term\": \"P12M\"},"
                + " \"tiers\": [{\"id\": \"gold\", \"serviceLevel\": \"REACTIVE\", \"deliveries\": [\"REMOTE\"],"
                + " \"coverage\": \"business-hours\", \"timeZone\": \"Europe/Paris\", \"responseTimes\": {\"remote\": \"PT8H\"},"
                + " \"excludes\": [\"acts-of-god\"], \"billedOnDemand\": [\"REMOTE_SUPPORT\", \"ON_SITE_VISIT\", \"SYSTEM_UPDATE\", \"TRAVEL\"],"
                + " \"pricing\": [\"flat-fee\", \"on-site-labour\", \"remote-labour\", \"system-updates\", \"trip-fee\"]}]}";
        // 17 significant digits would lose a cent through a double; here they are the decimal written, or refused
        assertContractRefused("big.json", json.formatted("12345678901234567.89"),
                "big.json, /site/installedValue/products: must be a decimal number such as 1234.56: digits, an optional minus sign and"
                        + " dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"12345678901234567.89\"");
        assertContractRefused("exponent.json", json.formatted("1e3"),
                "exponent.json, /site/installedValue/products: must be a decimal number such as 1234.56: digits, an optional minus sign"
                        + " and dot, at most 12 digits before the dot and 10 after it, no exponent or grouping, was \"1e3\"");
        CliRun exact = CliRun.of("contract", "-i", file("exact.json", json.formatted("123456789012.34")).toString(), "--locale", "en-US");
        assertThat(exact.err()).isEmpty();
        assertThat(exact.exitCode()).isZero();
    }

    @Test
    void unknownKeys_areRefusedWithTheNearestKnownOne() throws Exception {
        assertContractRefused("misspelt.yaml", sample().replace("  prepayDiscount: 5%", "  prepayDiscont: 5%"),
                "misspelt.yaml, /terms/prepayDiscont: is not a key here; did you mean prepayDiscount?");
        assertContractRefused("snake.yaml", sample().replace("tier: gold\n", "tier: gold\ntax_rate: 0%\n"),
                "snake.yaml, /tax_rate: is not a key here; did you mean taxRate?");
        assertContractRefused("stranger.yaml", sample().replace("tier: gold\n", "tier: gold\nwarranty: none\n"),
                "stranger.yaml, /warranty: is not a key here; the keys here are currency, integrator, client, site, terms, tier, tiers, usage, taxRate, document, prepaid");
        assertContractRefused("usage.yaml", sample().replace("worked: PT2H }", "worked: PT2H, travelled: 18 km }"),
                "usage.yaml, /usage/0/travelled: is not a key here; the keys here are delivery, day, worked, band, technicians,"
                        + " commitment, role");
        assertContractRefused("rule.yaml", sample().replace("pricing: [flat-fee, device-fee,",
                "pricing: [flat-fee, {rule: kilometres, freeRadius: 15 km, legs: RETURN, rate: 0.60}, device-fee,"),
                "rule.yaml, /tiers/2/pricing/1/rate: is not a key here; the keys here are rule, freeRadius, legs");
        assertContractRefused("constant.yaml", sample().replace("billing: ANNUAL", "billing: ANUAL"),
                "constant.yaml, /terms/billing: must be one of [MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL], was \"ANUAL\"; did you mean ANNUAL?");
    }

    @Test
    void keysGivenTwice_areRefused_neverTheLastWins() throws Exception {
        assertContractRefused("twice.yaml", sample().replace("  - { delivery: ON_SITE, day: 2026-03-10, worked: PT2H }",
                "  - delivery: ON_SITE\n    day: 2026-03-10\n    worked: PT2H\n    worked: PT200H"),
                "twice.yaml, /usage/0/worked (line 81, column 5): is given twice; give each key once");
        assertContractRefused("twice.json", "{\"currency\": \"EUR\", \"currency\": \"CHF\"}",
                "twice.json, /currency (line 1, column 21): is given twice; give each key once");
        assertContractRefused("subsystems.yaml", sample().replace("subsystems: [control, audio-video, network, lighting]",
                "subsystems: [control, audio-video, network, lighting, network]"),
                "subsystems.yaml, /site/subsystems/4: lists network a second time; list each once");
        assertContractRefused("updates.yaml", sample() + "  - { systemUpdates: 2 }\n  - { systemUpdates: 3 }\n",
                "updates.yaml, /usage/4: gives systemUpdates a second time; give the year's count once");
    }

    @Test
    void aSecondDocumentOrTrailingJson_isRefused() throws Exception {
        assertContractRefused("two.yaml", sample() + "---\ncurrency: CHF\n",
                "two.yaml, line 83, column 1: holds a second document; a contract file is one document");
        assertContractRefused("trailing.json", "{\"currency\": \"EUR\"} {\"currency\": \"CHF\"}",
                "trailing.json, line 1, column 21: holds more after the end of its JSON value; a contract file is one value");
        assertContractRefused("open.json", "{\n", "open.json, line 2, column 1: is not valid JSON: Unexpected end-of-input: expected"
                + " close marker for Object");
        assertContractRefused("complex.yaml", "? {a: 1}\n: 1\n", "complex.yaml, line 1, column 4: is not valid YAML: Expected a field"
                + " name");
        assertContractRefused("empty.yaml", "", "empty.yaml: is empty");
        assertContractRefused("comment.yaml", "# nothing but a comment\n", "comment.yaml: is empty");
    }

    @Test
    void yamlAnchorsAliasesAndTags_areRefused() throws Exception {
        assertContractRefused("alias.yaml", sample().replace("  name: Claire Martin", "  name: &who Claire Martin")
                .replace("  name: Villa Martin, 12 chemin des Tilleuls, Lyon", "  name: *who"),
                "alias.yaml, line 19, column 9: uses a YAML anchor or alias (&name, *name); write each value where it is used");
        assertContractRefused("tag.yaml", sample().replace("quantity: 6, unitValue: \"699.00\"", "quantity: !!int 6, unitValue: \"699.00\""),
                "tag.yaml, line 25, column 69: uses a YAML tag (tag:yaml.org,2002:int); write the value without it");
    }

    @Test
    void valuesLeftEmpty_areRefused() throws Exception {
        assertContractRefused("empty-value.yaml", sample().replace("  notice: P1M", "  notice:"),
                "empty-value.yaml, /terms/notice: has no value; give one, or leave the key out");
    }

    @Test
    void deepNestingAndLongLists_areRefusedBeforeTheWork() throws Exception {
        assertContractRefused("deep.json", "[".repeat(40) + "]".repeat(40),
                "deep.json, line 1, column 33: nests deeper than 32 levels");
        StringBuilder many = new StringBuilder(sample());
        for (int i = 0; i < 10_001; i++) {
            many.append("  - { remoteTickets: 1 }\n");
        }
        assertContractRefused("many.yaml", many.toString(), "many.yaml, /usage: has more than 10,000 items, the most a list may have");
    }

    @Test
    void filesThatAreNotRegularFiles_areRefusedAtOnce() throws Exception {
        assertRefused(folder + ": is a directory, not a file", "quote", "-i", folder.toString());
        assertRefused(folder.getFileName() + ": is a directory, not a file", "quote", "-r", folder.toString());
        Path large = bytes("large.yaml", new byte[(int) ContractFile.MAX_BYTES + 1]);
        assertRefused(large + ": is 1,048,577 bytes, over the limit of 1,048,576 bytes", "quote", "-i", large.toString());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devicesAndPipes_areRefusedWithoutReading() throws Exception {
        assertRefused("/dev/zero: is not a regular file (a device, a pipe or a socket): only files are read",
                "quote", "-i", "/dev/zero");
        assertRefused("zero: is not a regular file (a device, a pipe or a socket): only files are read", "validate", "-r", "/dev/zero");
        Path fifo = folder.resolve("fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertRefused(fifo + ": is not a regular file (a device, a pipe or a socket): only files are read", "quote", "-i", fifo.toString());
    }

    @Test
    void encodings_otherThanUtf8_areRefusedWithLineAndColumn() throws Exception {
        byte[] latin1 = sample().replace("Claire Martin", "Hélène Martin").getBytes(StandardCharsets.ISO_8859_1);
        Path path = bytes("latin1.yaml", latin1);
        assertRefused(path + ", line 6, column 21: byte 0xF4 is not UTF-8; save the file as UTF-8", "quote", "-i", path.toString());
        Path utf16 = bytes("utf16.yaml", sample().getBytes(StandardCharsets.UTF_16));
        assertRefused(utf16 + ": is UTF-16; save it as UTF-8", "quote", "-i", utf16.toString());
        Path doubled = file("bom.yaml", "\uFEFF\uFEFF" + sample());
        assertRefused(doubled + ", line 1, column 1: starts with two byte-order marks", "quote", "-i", doubled.toString());
        Path nul = file("nul.yaml", sample().replace("Claire Martin", "Claire\u0000Martin"));
        assertRefused(nul + ", line 14, column 15: holds the control character U+0000, which a text cannot show", "quote", "-i",
                nul.toString());
        Path escape = file("escape.yaml", sample().replace("Claire Martin", "\u001B[2J Claire"));
        assertRefused(escape + ", line 14, column 9: holds the control character U+001B, which a text cannot show", "quote", "-i",
                escape.toString());
        // one byte-order mark, as spreadsheets and Windows editors write it, is read
        CliRun marked = CliRun.of("quote", "-i", file("marked.yaml", "\uFEFF" + sample()).toString());
        assertThat(marked.err()).isEmpty();
        assertThat(marked.out()).isEqualTo(CliRun.of("quote").out());
    }

    @Test
    void rateSheetsBreakingTheCsvRules_areRefusedInTheirWords() throws Exception {
        String header = "region,component,unit,amount,currency,effective_from\n";
        assertRefused("twice.csv, line 1, column Amount: appears twice in the header; a column is named once", "validate", "-r",
                file("twice.csv", "region,component,unit,amount,Amount,currency,effective_from\nFR,trip-fee,TRIP,45.00,4.50,EUR,2026-01-01\n")
                        .toString());
        assertRefused("quote.csv, line 2: a quote (\") opens a field that is never closed", "validate", "-r",
                file("quote.csv", header + "FR,\"trip-fee,TRIP,45.00,EUR,2026-01-01\n").toString());
        assertRefused("after.csv, line 2: a quoted field must end at a separator, but other characters follow its closing quote",
                "validate", "-r", file("after.csv", header + "FR,\"trip-fee\"x,TRIP,45.00,EUR,2026-01-01\n").toString());
        Path latin1 = bytes("latin1.csv", (header + "FR,trip-fee,TRIP,45.00,EUR,2026-01-01\nFR,flat-fee,SITE,4é,EUR,2026-01-01\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("latin1.csv, line 3: at character 19, byte 0xE9 is not UTF-8; save the file as UTF-8", "validate", "-r", latin1.toString());
    }

    @Test
    void usageMistakes_areOneLine_withTheWayToHelp() {
        assertRefused("Unknown option: '--bogus'; run `servicecontract quote --help` for its options", "quote", "--bogus");
        assertRefused("Unknown options: '--rate', 'x.csv'; did you mean --rates?; run `servicecontract quote --help` for its options",
                "quote", "--rate", "x.csv");
        assertRefused("Invalid value for option '--format': expected one of [TEXT, MARKDOWN, HTML, PDF, JSON] (case-insensitive) but was 'DOCX';"
                + " run `servicecontract quote --help` for its options", "quote", "--format", "DOCX");
        assertRefused("--locale: must be a language tag such as fr-FR, it-CH or en-US, was \"\\u001B[31mfr\"", "quote", "--locale",
                "\u001B[31mfr");
    }

    @Test
    void escapesInQuotedTexts_cannotSmuggleControlCharactersIntoADocument() throws Exception {
        assertContractRefused("forged.yaml", sample().replace("name: Villa Martin, 12 chemin des Tilleuls, Lyon",
                "name: \"Villa Martin\\n\\nTotal TTC   1,00 \\u20AC\\n\\u001b[8m\""),
                "forged.yaml, /site: name must hold no control, invisible or direction-overriding character, found U+000A at character"
                        + " 13, was \"Villa Martin\\u000A\\u000ATotal TTC   1,00 €\\u000A\\u001B[8m\"");
        assertContractRefused("override.json", "{\"currency\": \"EUR\", \"client\": {\"name\": \"A\\u202Eb\", \"locale\": \"fr-FR\"}}",
                "override.json, /client: clientName must hold no control, invisible or direction-overriding character, found U+202E at"
                        + " character 2, was \"A\\u202Eb\"");
        assertContractRefused("surrogate.json", "{\"currency\": \"EUR\", \"client\": {\"name\": \"A\\uD800\", \"locale\": \"fr-FR\"}}",
                "surrogate.json, /client: clientName must hold no control, invisible or direction-overriding character, found U+D800 at"
                        + " character 2, was \"A\\uD800\"");
    }

    @Test
    void daysDurationsAndPeriods_outOfTheirRange_areRefusedInOneLine() throws Exception {
        assertContractRefused("year.yaml", sample().replace("start: 2026-01-01", "start: +999999999-01-01"),
                "year.yaml, /terms/start: must be an ISO date such as 2026-01-01, a day of the calendar between 1900-01-01 and"
                        + " 2299-12-31, was \"+999999999-01-01\"");
        assertContractRefused("february.yaml", sample().replace("start: 2026-01-01", "start: 2026-02-30"),
                "february.yaml, /terms/start: must be an ISO date such as 2026-01-01, a day of the calendar between 1900-01-01 and"
                        + " 2299-12-31, was \"2026-02-30\"");
        assertContractRefused("late.yaml", sample().replace("day: 2026-09-15", "day: 2099-01-01"),
                "late.yaml, /usage/1/day: must be within the term, from 2026-01-01 to 2026-12-31, was 2099-01-01");
        assertContractRefused("negative.yaml", sample().replace("worked: PT1H30M", "worked: PT1H-30M"),
                "negative.yaml, /usage/2/worked: must be an ISO duration such as PT2H30M, without a minus sign, was \"PT1H-30M\"");
        assertContractRefused("long.yaml", sample().replace("worked: PT1H30M", "worked: PT999999999H"),
                "long.yaml, /usage/2: worked must be at most PT24H, the hours of one day; give longer work as one intervention a day,"
                        + " was PT999999999H");
        assertContractRefused("crowd.yaml", sample().replace("worked: PT1H30M", "worked: PT1H30M, technicians: 999999999"),
                "crowd.yaml, /usage/2: technicians must be between 1 and 100, was 999999999");
        assertContractRefused("rise.yaml", sample().replace("  prepayDiscount: 5%", "  prepayDiscount: 5%\n  escalation: {fixed: 1000%,"
                + " notice: P1M}"), "rise.yaml, /terms/escalation: rate must be <= 100%: a yearly rise that more than doubles a price is"
                        + " no escalation, was 1000%");
        assertContractRefused("notice.yaml", sample().replace("  notice: P1M", "  notice: P-1M"),
                "notice.yaml, /terms/notice: must be an ISO period such as P1M, without a minus sign, was \"P-1M\"");
        assertContractRefused("tax.yaml", sample().replace("tier: gold\n", "tier: gold\ntaxRate: 1000%\n"),
                "tax.yaml, /taxRate: taxRate must be <= 100%, was 1000%");
        assertRefused("Invalid value for option '--on': must be an ISO date such as 2026-01-01, a day of the calendar between"
                + " 1900-01-01 and 2299-12-31, was \"2026-02-30\"; run `servicecontract renewal --help` for its options",
                "renewal", "--on", "2026-02-30");
    }

    @Test
    void aClientsLocale_isReadAsTheOptionIs() throws Exception {
        for (String locale : new String[] {"fr_FR", "x", "und", "i-klingon"}) {
            assertContractRefused("locale.yaml", sample().replace("locale: fr-FR", "locale: \"" + locale + "\""),
                    "locale.yaml, /client/locale: must be a language tag such as fr-FR, it-CH or en-US, was \"" + locale + "\"");
        }
        assertContractRefused("empty-locale.yaml", sample().replace("locale: fr-FR", "locale: \"\""),
                "empty-locale.yaml, /client/locale: must be a language tag such as fr-FR, it-CH or en-US, was \"\"");
    }

    @Test
    void aClauseThatPromisesMoreThanTheTierPrices_isRefused() throws Exception {
        assertContractRefused("five.yaml", sample().replace("- { clause: system-updates, updates: 4 }",
                "- { clause: system-updates, updates: 5 }"),
                "five.yaml, /tiers/2: clauses of tier gold must be consistent, found 1 problem: CONTRADICTS_TIER system-updates: clause"
                        + " system-updates promises 5 where the tier's quotas.systemUpdatesPerYear is 4");
    }
}
