package io.github.servicecontract.model;

import static io.github.servicecontract.model.Fixtures.ESSENTIALS;
import static io.github.servicecontract.model.Fixtures.GOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTierTest {

    private static ServiceTier.Builder gold() {
        return ServiceTier.builder().from(GOLD);
    }

    @Test
    void tier_exposesWhatItSells() {
        assertThat(GOLD.nameKey()).isEqualTo(MessageKey.of("tier.gold"));
        assertThat(GOLD.delivers(Delivery.ON_SITE)).isTrue();
        assertThat(GOLD.includes(ChargeableService.SYSTEM_UPDATE)).isTrue();
        assertThat(GOLD.includes(ChargeableService.TRAVEL)).isFalse();
        assertThat(GOLD.inclusions()).hasSize(4);
        assertThat(GOLD.exclusions()).extracting(Clause::id).containsExactly(ClauseId.of("power-surge"), ClauseId.of("misuse"));
        assertThat(GOLD.providedServices()).contains(ChargeableService.MONITORING);
        assertThat(ESSENTIALS.providedServices()).doesNotContain(ChargeableService.MONITORING);
        assertThat(ESSENTIALS.quotas()).isEqualTo(IncludedQuotas.NONE);
        assertThat(ESSENTIALS.perks()).isEqualTo(MemberPerks.NONE);
        assertThat(ESSENTIALS.monitoring()).isEqualTo(Monitoring.NONE);
    }

    @Test
    void includedTravelRadius_isThatOfTheTravelWithinRadiusClause() {
        assertThat(GOLD.includedTravelRadius()).isEmpty();
        Clause within25 = Clause.of(StandardClause.TRAVEL_WITHIN_RADIUS, ClauseParameter.RADIUS,
                ParameterValue.distance(Distance.ofKilometres(25)));
        assertThat(gold().addClauses(within25).build().includedTravelRadius()).contains(Distance.ofKilometres(25));
    }

    @Test
    void quotasAndPerks_expose_theirValues() {
        assertThat(GOLD.quotas().remoteHours().perYear()).isEqualTo(Duration.ofHours(8));
        assertThat(GOLD.quotas().onSiteVisitsPerYear()).isEqualTo(2);
        assertThat(GOLD.perks().has(Benefit.TRIP_FEE_WAIVED)).isTrue();
        assertThat(GOLD.perks().has(Benefit.LOANER_EQUIPMENT)).isFalse();
        assertThat(GOLD.perks().newEquipmentDiscount()).isEqualTo(Percentage.ZERO);
    }

    @Test
    void quotasAndPerks_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> IncludedQuotas.builder().onSiteVisitsPerYear(-1).build())
                .withMessage("onSiteVisitsPerYear must be >= 0, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> IncludedQuotas.builder().systemUpdatesPerYear(-2).build())
                .withMessage("systemUpdatesPerYear must be >= 0, was -2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RemoteHoursAllowance.of(Duration.ofMinutes(-30), RemoteHoursAllowance.AllowancePeriod.MONTH,
                        RemoteHoursAllowance.Rollover.CARRY_OVER))
                .withMessage("remoteHours must be >= 0, was PT-30M");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MemberPerks.builder().extraLabourDiscount(Percentage.of(101)).build())
                .withMessage("extraLabourDiscount must be <= 100%, was 101%");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MemberPerks.builder().newEquipmentDiscount(Percentage.of(150)).build())
                .withMessage("newEquipmentDiscount must be <= 100%, was 150%");
    }

    @Test
    void tier_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> gold().deliveries(List.of()).build())
                .withMessage("deliveries must contain REMOTE, ON_SITE or both, was []");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTier.builder().from(ESSENTIALS).remoteResponseTime(java.util.Optional.empty()).build())
                .withMessage("remoteResponseTime must be set when deliveries include REMOTE, was absent");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTier.builder().from(ESSENTIALS).onSiteResponseTime(Duration.ofHours(4)).build())
                .withMessage("onSiteResponseTime must be absent when deliveries [REMOTE] exclude ON_SITE, was PT4H");
        assertThatIllegalArgumentException().isThrownBy(() -> gold().remoteResponseTime(Duration.ZERO).build())
                .withMessage("remoteResponseTime must be > 0, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTier.builder().from(ESSENTIALS)
                        .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(1).build()).build())
                .withMessage("quotas.onSiteVisitsPerYear must be 0 when deliveries [REMOTE] exclude ON_SITE, was 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> gold().deliveries(List.of(Delivery.ON_SITE)).remoteResponseTime(java.util.Optional.empty())
                        .build())
                .withMessage("quotas.remoteHours must be zero when deliveries [ON_SITE] exclude REMOTE, was PT2H");
    }

    @Test
    void tier_withInconsistentClauses_reportsEveryProblem() {
        assertThatThrownBy(() -> gold().billedOnDemand(List.of()).addClauses(Fixtures.MISUSE).build())
                .isInstanceOf(InvalidClausesException.class)
                .hasMessage("clauses of tier gold must be consistent, found 2 problems: "
                        + "DUPLICATE_CLAUSE misuse: clause misuse appears more than once; "
                        + "SERVICE_SILENTLY_FREE TRAVEL: service TRAVEL is neither included, billed on demand nor excluded")
                .satisfies(e -> assertThat(((InvalidClausesException) e).problems()).hasSize(2));
    }

    @Test
    void proactiveMonitoringTier_mustAccountForMonitoring() {
        assertThatThrownBy(() -> ServiceTier.builder().from(ESSENTIALS).monitoring(Monitoring.PROACTIVE)
                .billedOnDemand(Fixtures.ON_REQUEST).build())
                .isInstanceOf(InvalidClausesException.class)
                .hasMessageContaining("SERVICE_SILENTLY_FREE MONITORING");
    }

    @Test
    void aClauseThatPromisesOtherFiguresThanTheTier_isRefused_naming_both() {
        Clause fiveUpdates = Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(5));
        List<Clause> clauses = GOLD.clauses().stream().map(c -> c.id().equals(StandardClause.SYSTEM_UPDATES.id()) ? fiveUpdates : c)
                .toList();
        assertThatThrownBy(() -> gold().clauses(clauses).build()).isInstanceOf(InvalidClausesException.class)
                .hasMessage("clauses of tier gold must be consistent, found 1 problem: CONTRADICTS_TIER system-updates: clause"
                        + " system-updates promises 5 where the tier's quotas.systemUpdatesPerYear is 4");
        assertThatThrownBy(() -> gold().quotas(IncludedQuotas.builder().from(GOLD.quotas()).onSiteVisitsPerYear(3).build()).build())
                .hasMessageContaining("CONTRADICTS_TIER on-site-visits: clause on-site-visits promises 2 where the tier's"
                        + " quotas.onSiteVisitsPerYear is 3");
        assertThatThrownBy(() -> gold().quotas(IncludedQuotas.builder().from(GOLD.quotas()).remoteHours(RemoteHoursAllowance.of(
                Duration.ofHours(3), RemoteHoursAllowance.AllowancePeriod.QUARTER, RemoteHoursAllowance.Rollover.NONE)).build()).build())
                .hasMessageContaining("CONTRADICTS_TIER remote-support: clause remote-support promises PT2H where the tier's"
                        + " quotas.remoteHours is PT3H");
        Clause labour = Clause.of(StandardClause.LABOUR_DISCOUNT, ClauseParameter.DISCOUNT, ParameterValue.percentage(Percentage.of(5)));
        assertThatThrownBy(() -> gold().addClauses(labour).build()).hasMessageContaining(
                "CONTRADICTS_TIER labour-discount: clause labour-discount promises 5% where the tier's perks.extraLabourDiscount is 10%");
        Clause equipment = Clause.of(StandardClause.EQUIPMENT_DISCOUNT, ClauseParameter.DISCOUNT,
                ParameterValue.percentage(Percentage.of(3)));
        assertThatThrownBy(() -> gold().addClauses(equipment).build()).hasMessageContaining(
                "CONTRADICTS_TIER equipment-discount: clause equipment-discount promises 3% where the tier's perks.newEquipmentDiscount"
                        + " is 0%");
        Clause inTwoHours = Clause.of(StandardClause.REMOTE_RESPONSE_TIME, ClauseParameter.RESPONSE_TIME,
                ParameterValue.duration(Duration.ofHours(2)));
        assertThatThrownBy(() -> gold().addClauses(inTwoHours).build()).hasMessageContaining(
                "CONTRADICTS_TIER remote-response-time: clause remote-response-time promises PT2H where the tier's remoteResponseTime"
                        + " is PT4H");
        Clause onSiteInADay = Clause.of(StandardClause.ON_SITE_RESPONSE_TIME, ClauseParameter.RESPONSE_TIME,
                ParameterValue.duration(Duration.ofHours(12)));
        assertThatThrownBy(() -> gold().addClauses(onSiteInADay).build()).hasMessageContaining(
                "promises PT12H where the tier's onSiteResponseTime is PT24H");
        // the same figures, written otherwise, agree
        Clause tenPercent = Clause.of(StandardClause.LABOUR_DISCOUNT, ClauseParameter.DISCOUNT,
                ParameterValue.percentage(Percentage.parse("10.0%")));
        Clause inFourHours = Clause.of(StandardClause.REMOTE_RESPONSE_TIME, ClauseParameter.RESPONSE_TIME,
                ParameterValue.duration(Duration.ofMinutes(240)));
        assertThat(gold().addClauses(tenPercent, inFourHours).build().clauses()).contains(tenPercent, inFourHours);
    }
}
