package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.jackson.contractfile.ContractFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The amend command on the embedded sample. */
class AmendCommandTest {

    @TempDir
    Path folder;

    @Test
    void aChangeOfTier_onTheSample_inFrench() {
        CliRun run = CliRun.of("amend", "--new-tier", "silver", "--on", "2026-05-12");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).contains("Avenant au contrat de maintenance").contains("Formule : Gold → Silver")
                .contains("Prise d'effet le 12 mai 2026 (en cours de période, avec régularisation de la période déjà facturée)")
                .contains("Cette régularisation est un avoir sur la facture n° 1 du 1er janvier 2026 : 977,80 € TTC");
        Golden.assertMatches("amend-sample-fr.txt", run.out());
    }

    @Test
    void cameraAdded_fromAChangedFile_inEnglish() throws Exception {
        String sample = ContractFile.sampleText();
        String cameras = "    - { brand: Ubiquiti, model: G5 Bullet, subsystem: network, quantity: 8, unitValue: \"149.00\","
                + " installDate: 2026-05-12, warrantyEnd: 2028-05-12 }\n";
        String changed = sample.replace("  installedValue:", cameras + "  installedValue:");
        assertThat(changed).isNotEqualTo(sample);
        Path file = folder.resolve("cameras.yaml");
        Files.writeString(file, changed);
        CliRun run = CliRun.of("amend", "--changed", file.toString(), "--on", "2026-05-12", "-l", "en-GB");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.plainOut()).contains("Devices covered: 45 → 53").contains("Amendment to the maintenance contract");
    }

    @Test
    void neitherOrBothChanges_orADayOutsideTheTerm_areRefused() {
        CliRun neither = CliRun.of("amend", "--on", "2026-05-12");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--new-tier").contains("give either --new-tier or --changed, not neither");
        CliRun outside = CliRun.of("amend", "--new-tier", "silver", "--on", "2027-02-01");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("--on").contains("requested must be within the schedule");
        CliRun anniversary = CliRun.of("amend", "--new-tier", "silver", "--on", "2026-05-12", "--timing", "ANNIVERSARY");
        assertThat(anniversary.exitCode()).isEqualTo(2);
        assertThat(anniversary.err()).contains("--on").contains("contract anniversary");
    }
}
