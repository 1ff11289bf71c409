package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cancel command on the embedded sample. */
class CancelCommandTest {

    @Test
    void anEarlyCancellation_withAFee_inFrench() {
        CliRun run = CliRun.of("cancel", "--on", "2026-09-01", "--fee", "100.00");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).contains("Confirmation de résiliation du contrat de maintenance")
                .contains("Dernier jour de service : 31 août 2026").contains("Indemnité de résiliation anticipée");
        Golden.assertMatches("cancel-sample-fr.txt", run.out());
    }

    @Test
    void aFeeNotReadExactly_orADayOutsideTheTerm_isRefused() {
        CliRun cents = CliRun.of("cancel", "--on", "2026-09-01", "--fee", "100.005");
        assertThat(cents.exitCode()).isEqualTo(2);
        assertThat(cents.err()).contains("--fee").contains("must have at most 2 decimals in EUR, was 100.005");
        CliRun words = CliRun.of("cancel", "--on", "2026-09-01", "--fee", "1e3");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).contains("--fee").contains("must be an amount such as 100.00, was \"1e3\"");
        CliRun late = CliRun.of("cancel", "--on", "2027-03-01");
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(late.err()).contains("--on").contains("must be within the schedule");
    }

    @Test
    void withoutAFee_theTermsRuleSetsIt_andAFeeGivenStands(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("lyon.yaml"), io.github.servicecontract.jackson
                .contractfile.ContractFile.sampleText().replace("  payment: P30D\n", "  payment: P30D\n  earlyTermination: { fee: \"150.00\" }\n"));

        CliRun byTerms = CliRun.of("cancel", "-i", file.toString(), "--on", "2026-09-01", "-l", "en-GB");
        CliRun given = CliRun.of("cancel", "-i", file.toString(), "--on", "2026-09-01", "-l", "en-GB", "--fee", "0");

        assertThat(byTerms.exitCode()).isZero();
        assertThat(byTerms.plainOut()).contains("Early-termination fee").contains("150.00");
        assertThat(given.exitCode()).isZero();
        assertThat(given.plainOut()).doesNotContain("Early-termination fee");

        java.nio.file.Path share = java.nio.file.Files.writeString(folder.resolve("share.yaml"), io.github.servicecontract.jackson
                .contractfile.ContractFile.sampleText().replace("  payment: P30D\n", "  payment: P30D\n  earlyTermination: { shareOfRemaining:"
                        + " 50% }\n").replace("billing: ANNUAL", "billing: QUARTERLY"));
        CliRun shared = CliRun.of("cancel", "-i", share.toString(), "--on", "2026-08-01");
        assertThat(shared.exitCode()).isZero();
        assertThat(shared.plainOut()).containsPattern("Indemnité de résiliation anticipée : 50 % de 857,08 € \\(du 1er août 2026 au 31"
                + " décembre 2026\\) +428,54 €");
    }
}
