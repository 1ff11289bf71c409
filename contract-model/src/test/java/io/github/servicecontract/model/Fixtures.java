package io.github.servicecontract.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Named test values, built through the public API. DOMAIN.md example 1 (Lyon) underlies them. */
final class Fixtures {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CurrencyUnit CHF = Monetary.getCurrency("CHF");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final RegionCode LYON_REGION = RegionCode.parse("FR-69");
    static final HolidayCalendar FRENCH_HOLIDAYS = HolidayCalendar.national(LYON_REGION);
    static final CoverageWindow BUSINESS_HOURS = CoverageWindow.businessHours(PARIS, FRENCH_HOLIDAYS);
    static final LocalDate INSTALLED = LocalDate.of(2024, 3, 1);

    static final Equipment AMPLIFIERS = Equipment.builder().brand("Sonos").model("Amp")
            .subsystem(Subsystem.AUDIO_VIDEO).quantity(6).unitValue(eur("699.00"))
            .installDate(INSTALLED).warrantyEnd(LocalDate.of(2026, 2, 28)).build();
    static final Equipment ACCESS_POINTS = Equipment.builder().brand("Ubiquiti").model("U7 Pro")
            .subsystem(Subsystem.NETWORK).quantity(9).unitValue(eur("189.00"))
            .installDate(INSTALLED).warrantyEnd(LocalDate.of(2026, 3, 1)).build();
    static final Equipment KEYPADS = Equipment.builder().brand("Lutron").model("seeTouch")
            .subsystem(Subsystem.LIGHTING).quantity(24).unitValue(eur("210.00"))
            .installDate(INSTALLED).warrantyEnd(LocalDate.of(2032, 3, 1)).build();
    static final Equipment PROCESSOR = Equipment.builder().brand("Control4").model("CORE 5")
            .subsystem(Subsystem.CONTROL).quantity(6).unitValue(eur("1450.00"))
            .installDate(INSTALLED).warrantyEnd(LocalDate.of(2026, 3, 1)).obsolescence(Obsolescence.OBSOLETE).build();

    /** The Lyon site of DOMAIN.md example 1: 45 devices in 4 subsystems. */
    static final Site LYON = Site.builder().name("Villa Martin, Lyon").region(LYON_REGION)
            .distanceFromBase(Distance.ofKilometres(18))
            .addSubsystems(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK, Subsystem.LIGHTING)
            .addEquipment(AMPLIFIERS, ACCESS_POINTS, KEYPADS, PROCESSOR)
            .installedProductValue(eur("24000.00")).installedLabourValue(eur("9500.00")).build();

    static final Clause TWO_VISITS = Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(2));
    static final Clause TWO_REMOTE_HOURS_A_QUARTER =
            Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(2)));
    static final Clause FOUR_UPDATES = Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4));
    static final Clause POWER_SURGE = Clause.of(StandardClause.POWER_SURGE);
    static final Clause MISUSE = Clause.of(StandardClause.MISUSE);

    /** A Gold tier: proactive, remote and on-site, travel billed on demand. */
    static final ServiceTier GOLD = ServiceTier.builder().id(TierId.of("gold")).serviceLevel(ServiceLevel.PROACTIVE)
            .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE).coverage(BUSINESS_HOURS)
            .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
            .monitoring(Monitoring.PROACTIVE)
            .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(2)
                    .remoteHours(RemoteHoursAllowance.of(Duration.ofHours(2), RemoteHoursAllowance.AllowancePeriod.QUARTER,
                            RemoteHoursAllowance.Rollover.NONE))
                    .systemUpdatesPerYear(4).build())
            .perks(MemberPerks.builder().extraLabourDiscount(Percentage.of(10)).addBenefits(Benefit.TRIP_FEE_WAIVED).build())
            .addClauses(TWO_VISITS, TWO_REMOTE_HOURS_A_QUARTER, FOUR_UPDATES, Clause.of(StandardClause.PROACTIVE_MONITORING),
                    POWER_SURGE, MISUSE)
            .addBilledOnDemand(ChargeableService.TRAVEL, ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT)
            .build();

    /** A reactive, remote-only tier that bills everything on demand. */
    static final ServiceTier ESSENTIALS = ServiceTier.builder().id(TierId.of("essentials")).serviceLevel(ServiceLevel.REACTIVE)
            .addDeliveries(Delivery.REMOTE).coverage(BUSINESS_HOURS).remoteResponseTime(Duration.ofHours(8))
            .addBilledOnDemand(ChargeableService.values()).build();

    static final ContractTerms ANNUAL_2026 = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofMonths(12))
            .billingFrequency(BillingFrequency.ANNUAL).prepayDiscount(Percentage.of(5))
            .escalation(Escalation.fixed(Percentage.of(3), Period.ofMonths(2))).build();

    static final Client CLAIRE = Client.of("Claire Martin", Locale.FRANCE);

    static final AddOn EXTENDED_WARRANTY = AddOn.of(AddOnId.of("extended-warranty"),
            List.of(Clause.of(StandardClause.EXTENDED_WARRANTY, ClauseParameter.MONTHS, ParameterValue.count(24))));

    static final Contract LYON_GOLD = Contract.builder().client(CLAIRE).site(LYON).tier(GOLD).terms(ANNUAL_2026)
            .addAddOns(EXTENDED_WARRANTY).build();

    static final Set<ChargeableService> ON_REQUEST = Set.of(ChargeableService.REMOTE_SUPPORT,
            ChargeableService.ON_SITE_VISIT, ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL);

    private Fixtures() {}

    static MonetaryAmount eur(String amount) {
        return Monetary.getDefaultAmountFactory().setCurrency(EUR).setNumber(new BigDecimal(amount)).create();
    }

    static MonetaryAmount chf(String amount) {
        return Monetary.getDefaultAmountFactory().setCurrency(CHF).setNumber(new BigDecimal(amount)).create();
    }
}
