package io.github.servicecontract.testkit;

import static io.github.servicecontract.testkit.ServiceContractAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.ratesheet.RateRequirements;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendor's test of README.md, verbatim, on a copy of the French sample sheet in this module's test resources. */
class ReadmeExampleTest {

    @Test
    void ourRateSheetIsComplete() {
        RateSheet sheet = RateSheetCsv.read(Path.of("src/test/resources/rates.csv"));
        assertThat(sheet).isValidFor(RateRequirements.labour(
                List.of(RegionCode.parse("FR-69"), RegionCode.parse("FR-75")),
                List.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR),
                List.of(Role.TECHNICIAN),
                List.of(TimeBand.BUSINESS_HOURS, TimeBand.EVENING)));
    }

    @Test
    void theSameSheet_failsARequirementItDoesNotMeet_withTheReport() {
        RateSheet sheet = RateSheetCsv.read(Path.of("src/test/resources/rates.csv"));
        assertThatThrownBy(() -> assertThat(sheet).isValidFor(RateRequirements.labour(List.of(RegionCode.parse("FR-69")),
                List.of(CostComponent.REMOTE_LABOUR), List.of(Role.TECHNICIAN), List.of(TimeBand.NIGHT))))
                .hasMessageContaining("MISSING_RATE ERROR at rates from 2026-01-01: no remote labour rate for region FR-69,"
                        + " role TECHNICIAN, band NIGHT");
    }
}
