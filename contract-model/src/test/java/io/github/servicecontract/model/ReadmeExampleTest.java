package io.github.servicecontract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, verbatim, so that the README stays true. */
class ReadmeExampleTest {

    @Test
    void readmeTier_builds() {
        ServiceTier gold = ServiceTier.builder()
                .id(TierId.of("gold"))
                .serviceLevel(ServiceLevel.PROACTIVE)
                .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
                .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Paris"),
                        HolidayCalendar.national(RegionCode.parse("FR-69"))))
                .remoteResponseTime(Duration.ofHours(4))
                .onSiteResponseTime(Duration.ofHours(24))
                .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(2).systemUpdatesPerYear(4).build())
                .addClauses(
                        Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(2)),
                        Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)),
                        Clause.of(StandardClause.POWER_SURGE))
                // what is not included is billed from the rate card, never silently free
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                        ChargeableService.TRAVEL)
                .build();   // throws IllegalArgumentException naming the field, the value and the rule

        assertThat(gold.includes(ChargeableService.SYSTEM_UPDATE)).isTrue();
        assertThat(gold.billedOnDemand()).contains(ChargeableService.REMOTE_SUPPORT);
    }
}
