package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a contract file means where it leaves something out. */
class ContractFileTest {

    @TempDir
    Path folder;

    private static String sample() {
        return ContractFile.sampleText();
    }

    @Test
    void anInterventionWithoutABand_isInItsDaysBand_andAnExplicitBandStands() throws Exception {
        String usage = "usage:\n"
                + "  - { delivery: ON_SITE, day: 2026-03-14, worked: PT2H }\n" // a Saturday
                + "  - { delivery: ON_SITE, day: 2026-05-01, worked: PT2H, band: BUSINESS_HOURS }\n" // Labour Day, as agreed
                + "  - { delivery: ON_SITE, day: 2026-07-14, worked: PT2H }\n" // a Tuesday, the national day
                + "  - { delivery: ON_SITE, day: 2026-07-15, worked: PT2H }\n";
        String text = sample();
        Path file = folder.resolve("bands.yaml");
        Files.writeString(file, text.substring(0, text.indexOf("usage:")) + usage);

        CliRun run = CliRun.of("quote", "-i", file.toString(), "-l", "en-GB");

        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut().lines().filter(line -> line.startsWith("On-site labour") && line.contains("2 hours"))
                .map(line -> line.replaceAll(" {2,}", " | "))).containsExactly(
                "On-site labour, Saturday, 14 March 2026 | 2 hours | €127.50 per hour | €255.00",
                "On-site labour, 1 May 2026 | 2 hours | €85.00 per hour | €170.00",
                "On-site labour, Sunday or public holiday, 14 July 2026 | 2 hours | €170.00 per hour | €340.00",
                "On-site labour, 15 July 2026 | 2 hours | €85.00 per hour | €170.00");
    }

    @Test
    void aRolloverCap_isReadAndWritten_andWithoutRolloverIsRefusedNamingIt() throws Exception {
        String text = sample();
        String capped = text.replace("remoteHours: { hours: PT1H, per: MONTH, rollover: NONE }",
                "remoteHours: { hours: PT1H, per: MONTH, rollover: CARRY_OVER, rolloverCap: PT2H }");
        assertThat(capped).isNotEqualTo(text);
        Path file = folder.resolve("capped.yaml");
        Files.writeString(file, capped);
        CliRun run = CliRun.of("quote", "-i", file.toString(), "-t", "silver", "-l", "en-GB");
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut().replace('\u00a0', ' ')).contains("unused time carries over to the next period, up to 2 h");

        Files.writeString(file, text.replace("rollover: NONE }", "rollover: NONE, rolloverCap: PT2H }"));
        CliRun refused = CliRun.of("contract", "-i", file.toString(), "-l", "en-GB");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("rolloverCap").contains("needs rollover CARRY_OVER, was NONE");
    }
}
