package io.github.servicecontract.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.RegionCode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Jollyday example of README.md, verbatim, so that the README stays true. */
class ReadmeHolidaysTest {

    @Test
    void readmeCoverage_closesOnBavariasHolidays() {
        CoverageWindow bavaria = CoverageWindow.businessHours(ZoneId.of("Europe/Berlin"),
                JollydayHolidays.of(RegionCode.parse("DE-BY")));   // Epiphany, Corpus Christi, All Saints...

        assertThat(bavaria.holidays().isHoliday(LocalDate.of(2026, 1, 6))).isTrue();
        assertThat(bavaria.holidays().isHoliday(LocalDate.of(2026, 6, 4))).isTrue();
        assertThat(bavaria.holidays().isHoliday(LocalDate.of(2026, 1, 7))).isFalse();
    }
}
