package io.github.servicecontract.testkit;

import static io.github.servicecontract.testkit.ServiceContractAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateRequirements;
import io.github.servicecontract.pricing.RateSheet;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.ratesheet.CsvDialect;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor's test of README.md, verbatim but for where the CSV file lives. */
class ReadmeExampleTest {

    @TempDir
    Path folder;

    @Test
    void ourRateSheetIsComplete() throws Exception {
        Path rates = folder.resolve("rates.csv");
        Files.writeString(rates, RateSheetCsv.write(SampleRateSheets.france(), CsvDialect.SEMICOLON));

        RateSheet sheet = RateSheetCsv.read(rates);
        assertThat(sheet).isValidFor(RateRequirements.labour(
                List.of(RegionCode.parse("FR-69"), RegionCode.parse("FR-75")),
                List.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR),
                List.of(Role.TECHNICIAN),
                List.of(TimeBand.BUSINESS_HOURS, TimeBand.EVENING)));

        assertThatThrownBy(() -> assertThat(sheet).isValidFor(RateRequirements.labour(List.of(RegionCode.parse("FR-69")),
                List.of(CostComponent.REMOTE_LABOUR), List.of(Role.TECHNICIAN), List.of(TimeBand.NIGHT))))
                .hasMessageContaining("MISSING_RATE ERROR at rates from 2026-01-01: no remote labour rate for region FR-69,"
                        + " role TECHNICIAN, band NIGHT");
    }
}
