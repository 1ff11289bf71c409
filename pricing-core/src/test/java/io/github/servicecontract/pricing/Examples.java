package io.github.servicecontract.pricing;

import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** The worked examples of DOMAIN.md, built through the public API into named values. */
final class Examples {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CurrencyUnit USD = Monetary.getCurrency("USD");
    static final CurrencyUnit CHF = Monetary.getCurrency("CHF");

    static final RegionCode LYON = RegionCode.parse("FR-69");
    static final RegionCode MONTPELLIER = RegionCode.parse("FR-34");
    static final RegionCode MILAN = RegionCode.parse("IT-MI");
    static final RegionCode US = RegionCode.ofCountry("US");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static final TierId GOLD_ID = TierId.of("gold");

    private Examples() {}

    static MonetaryAmount eur(String amount) {
        return money(amount, EUR);
    }

    static MonetaryAmount usd(String amount) {
        return money(amount, USD);
    }

    static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(new BigDecimal(amount)).create();
    }

    /** A site with {@code devices} devices spread over the first {@code subsystems} standard subsystems. */
    static Site site(String name, RegionCode region, Distance distance, int devices, int subsystems, CurrencyUnit currency) {
        List<Subsystem> all = List.of(Subsystem.CONTROL, Subsystem.NETWORK, Subsystem.LIGHTING, Subsystem.AUDIO_VIDEO,
                Subsystem.SHADING, Subsystem.CAMERAS, Subsystem.SECURITY, Subsystem.CLIMATE);
        List<Subsystem> present = all.subList(0, subsystems);
        List<Equipment> equipment = new ArrayList<>();
        int left = devices;
        for (int i = 0; i < subsystems && left > 0; i++) {
            int quantity = i == subsystems - 1 ? left : Math.min(left, Math.max(1, devices / subsystems));
            equipment.add(Equipment.builder().brand("Acme").model("Unit " + i).subsystem(present.get(i)).quantity(quantity)
                    .unitValue(money("100.00", currency)).installDate(LocalDate.of(2024, 1, 1))
                    .warrantyEnd(LocalDate.of(2026, 12, 31)).build());
            left -= quantity;
        }
        return Site.builder().name(name).region(region).distanceFromBase(distance).addAllSubsystems(present)
                .addAllEquipment(equipment).installedProductValue(money(devices * 100 + ".00", currency))
                .installedLabourValue(money("0.00", currency)).build();
    }

    static CoverageWindow businessHours(RegionCode region, String zone) {
        return CoverageWindow.businessHours(ZoneId.of(zone), HolidayCalendar.national(region));
    }

    /** A tier that includes nothing on request and bills it all on demand. */
    static ServiceTier onDemandTier(String id, RegionCode region, String zone) {
        return ServiceTier.builder().id(TierId.of(id)).serviceLevel(ServiceLevel.REACTIVE)
                .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE).coverage(businessHours(region, zone))
                .remoteResponseTime(Duration.ofHours(8)).onSiteResponseTime(Duration.ofHours(48))
                .addClauses(Clause.of(StandardClause.POWER_SURGE), Clause.of(StandardClause.MISUSE))
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                        ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL)
                .build();
    }

    static ContractTerms terms(io.github.servicecontract.model.BillingFrequency frequency, Percentage prepay) {
        return ContractTerms.builder().start(START).term(Term.ofMonths(12)).billingFrequency(frequency).prepayDiscount(prepay)
                .build();
    }

    // ---------------------------------------------------------------- example 1: Lyon, Gold

    static final Site LYON_SITE = site("Villa Martin, Lyon", LYON, Distance.ofKilometres(18), 45, 4, EUR);

    static final ServiceTier LYON_GOLD = ServiceTier.builder().from(onDemandTier("gold", LYON, "Europe/Paris"))
            .serviceLevel(ServiceLevel.PROACTIVE).build();

    static final RateTable FRANCE = RateTable.builder(EUR).effective(START, LocalDate.of(2027, 1, 1))
            .rate(RateKey.of(CostComponent.FLAT_FEE, LYON).withTier(GOLD_ID), "60.00")
            .rate(RateKey.of(CostComponent.DEVICE_FEE, LYON).withTier(GOLD_ID), "1.00")
            .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, LYON).withTier(GOLD_ID), "10.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, RegionCode.ofCountry("FR")).withRole(Role.TECHNICIAN), "85.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, MONTPELLIER).withRole(Role.TECHNICIAN), "90.00")
            .rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), "45.00")
            .rate(RateKey.of(CostComponent.TRAVEL_DISTANCE, RegionCode.ofCountry("FR")), "2.40")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, RegionCode.ofCountry("FR")), "60.00")
            .build();

    static final PricingRule LYON_GOLD_RULE = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.perSubsystem(), PricingRules.onSiteLabour(), PricingRules.tripFee(), PricingRules.prepayDiscount());

    static final PricingContext LYON_CONTEXT = PricingContext.builder().site(LYON_SITE).tier(LYON_GOLD)
            .terms(terms(io.github.servicecontract.model.BillingFrequency.ANNUAL, Percentage.of(5))).rates(FRANCE)
            .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                    Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2))))
            .build();

    // ---------------------------------------------------------------- example 2: Montpellier call-out

    static final Site MONTPELLIER_SITE = site("Mas Roux, Montpellier", MONTPELLIER, Distance.ofKilometres(32), 20, 3, EUR);

    static final DistanceZones FRENCH_ZONES = DistanceZones.of(List.of(
            DistanceZones.Zone.upTo(Distance.ofKilometres(10), eur("25.00")),
            DistanceZones.Zone.upTo(Distance.ofKilometres(20), eur("30.00")),
            DistanceZones.Zone.upTo(Distance.ofKilometres(40), eur("35.00")),
            DistanceZones.Zone.beyond(eur("45.00"))));

    static final LabourRule CALL_OUT_LABOUR = LabourRule.builder().delivery(Delivery.ON_SITE).minimumTime(Duration.ofHours(1))
            .increment(Duration.ofMinutes(15)).putBandMultipliers(TimeBand.SATURDAY, Multiplier.of("1.5"))
            .putBandMultipliers(TimeBand.SUNDAY_HOLIDAY, Multiplier.of("2")).build();

    static final PricingRule CALL_OUT_RULE = PricingRules.sum(CALL_OUT_LABOUR, PricingRules.zoneFee(FRENCH_ZONES),
            PricingRules.memberLabourDiscount());

    static final ServiceTier MEMBER = ServiceTier.builder().from(onDemandTier("member", MONTPELLIER, "Europe/Paris"))
            .perks(io.github.servicecontract.model.MemberPerks.builder().extraLabourDiscount(Percentage.of(10))
                    .addBenefits(io.github.servicecontract.model.Benefit.TRIP_FEE_WAIVED).build())
            .build();

    static final PricingContext SATURDAY_CALL_OUT = PricingContext.builder().site(MONTPELLIER_SITE)
            .tier(onDemandTier("pay-as-you-go", MONTPELLIER, "Europe/Paris"))
            .terms(terms(io.github.servicecontract.model.BillingFrequency.MONTHLY, Percentage.ZERO)).rates(FRANCE)
            .usage(Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 14), Duration.ofMinutes(80)).withBand(TimeBand.SATURDAY)))
            .build();

    // ---------------------------------------------------------------- example 3: Milan, quarterly

    static final Site MILAN_SITE = site("Villa Bianchi, Milano", MILAN, Distance.ofKilometres(12), 30, 5, EUR);

    static final ServiceTier ESSENZIALE = ServiceTier.builder().id(TierId.of("essenziale")).serviceLevel(ServiceLevel.REACTIVE)
            .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE).coverage(businessHours(MILAN, "Europe/Rome"))
            .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
            .quotas(IncludedQuotas.builder().remoteHours(RemoteHoursAllowance.of(Duration.ofHours(2),
                    RemoteHoursAllowance.AllowancePeriod.QUARTER, RemoteHoursAllowance.Rollover.NONE)).build())
            .addClauses(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS, ParameterValue.duration(Duration.ofHours(2))))
            .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                    ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL)
            .build();

    static final RateTable ITALY = RateTable.builder(EUR).effectiveFrom(START)
            .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, RegionCode.ofCountry("IT")).withTier(TierId.of("essenziale")), "25.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, RegionCode.ofCountry("IT")).withRole(Role.TECHNICIAN), "70.00")
            .build();

    static final PricingRule MILAN_RULE = PricingRules.floor(PricingRules.perSubsystem(), eur("99.00"))
            .andThen(PricingRules.remoteLabour());

    static final PricingContext MILAN_CONTEXT = PricingContext.builder().site(MILAN_SITE).tier(ESSENZIALE)
            .terms(terms(io.github.servicecontract.model.BillingFrequency.QUARTERLY, Percentage.ZERO)).rates(ITALY)
            .usage(Usage.of(Intervention.remote(LocalDate.of(2026, 2, 3), Duration.ofMinutes(190))))
            .build();

    // ---------------------------------------------------------------- example 4: three US tiers

    static final Site US_SITE = site("Residence Miller", US, Distance.ofMiles(12), 25, 3, USD);

    static final RateTable UNITED_STATES = RateTable.builder(USD).effectiveFrom(START)
            .rate(RateKey.of(CostComponent.FLAT_FEE, US).withTier(TierId.of("basic")), "0.00")
            .rate(RateKey.of(CostComponent.FLAT_FEE, US).withTier(TierId.of("plus")), "60.00")
            .rate(RateKey.of(CostComponent.FLAT_FEE, US).withTier(TierId.of("premier")), "120.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, US).withRole(Role.TECHNICIAN), "150.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, US).withRole(Role.TECHNICIAN).withBand(TimeBand.EVENING), "250.00")
            .build();

    static final PricingRule US_RULE = PricingRules.flatFee().andThen(PricingRules.remoteLabour());

    static final TierCatalogue US_TIERS = TierCatalogue.of(List.of(
            TierCatalogue.Offer.of(onDemandTier("basic", US, "America/New_York"), US_RULE),
            TierCatalogue.Offer.of(onDemandTier("plus", US, "America/New_York"), US_RULE),
            TierCatalogue.Offer.of(onDemandTier("premier", US, "America/New_York"), US_RULE)));

    static final PricingContext US_YEAR = PricingContext.builder().site(US_SITE).tier(onDemandTier("basic", US, "America/New_York"))
            .terms(terms(io.github.servicecontract.model.BillingFrequency.MONTHLY, Percentage.ZERO)).rates(UNITED_STATES)
            .usage(Usage.of(Intervention.remote(LocalDate.of(2026, 2, 10), Duration.ofHours(3)),
                    Intervention.remote(LocalDate.of(2026, 6, 18), Duration.ofMinutes(90)).withBand(TimeBand.EVENING)))
            .build();
}
