package io.github.servicecontract.benchmarks;

import io.github.servicecontract.model.BillingFrequency;
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
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.ParameterValue;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** The benchmarks' inputs: DOMAIN.md example 1 with every kind of line, and generated portfolios. */
final class Workloads {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final RegionCode LYON = RegionCode.parse("FR-69");
    static final RegionCode FRANCE = RegionCode.ofCountry("FR");
    static final List<Subsystem> SUBSYSTEMS = List.of(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK,
            Subsystem.LIGHTING, Subsystem.SHADING, Subsystem.CAMERAS, Subsystem.SECURITY, Subsystem.CLIMATE);

    private Workloads() {}

    static MonetaryAmount eur(String amount) {
        return Monetary.getDefaultAmountFactory().setCurrency(EUR).setNumber(new BigDecimal(amount)).create();
    }

    static Equipment equipment(Subsystem subsystem, int quantity, String unitValue) {
        return Equipment.builder().brand("Acme").model(subsystem.id()).subsystem(subsystem).quantity(quantity)
                .unitValue(eur(unitValue)).installDate(LocalDate.of(2024, 3, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build();
    }

    /** The Lyon site: 45 devices, 4 subsystems, 19,635.00 of equipment. */
    static final Site LYON_SITE = Site.builder().name("Villa Martin, Lyon").region(LYON).distanceFromBase(Distance.ofKilometres(18))
            .addSubsystems(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK, Subsystem.LIGHTING)
            .addEquipment(equipment(Subsystem.CONTROL, 6, "1450.00"), equipment(Subsystem.AUDIO_VIDEO, 6, "699.00"),
                    equipment(Subsystem.NETWORK, 9, "189.00"), equipment(Subsystem.LIGHTING, 24, "210.00"))
            .installedProductValue(eur("24000.00")).installedLabourValue(eur("9500.00")).build();

    static final ServiceTier GOLD = ServiceTier.builder().id(TierId.of("gold")).serviceLevel(ServiceLevel.PROACTIVE)
            .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
            .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Paris"), HolidayCalendar.national(FRANCE)))
            .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24)).monitoring(Monitoring.PROACTIVE)
            .quotas(IncludedQuotas.builder().systemUpdatesPerYear(4).build())
            .addClauses(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)),
                    Clause.of(StandardClause.POWER_SURGE), Clause.of(StandardClause.MISUSE))
            .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL,
                    ChargeableService.MONITORING)
            .build();

    static final RateTable RATES = RateTable.builder(EUR).effectiveFrom(START)
            .rate(RateKey.of(CostComponent.FLAT_FEE, FRANCE), "60.00")
            .rate(RateKey.of(CostComponent.DEVICE_FEE, FRANCE), "1.00")
            .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, FRANCE), "10.00")
            .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, FRANCE).withRole(Role.TECHNICIAN), "85.00")
            .rate(RateKey.of(CostComponent.REMOTE_LABOUR, FRANCE).withRole(Role.TECHNICIAN), "75.00")
            .rate(RateKey.of(CostComponent.TRIP_FEE, FRANCE), "45.00")
            .rate(RateKey.of(CostComponent.SYSTEM_UPDATE, FRANCE), "60.00")
            .rate(RateKey.of(CostComponent.DEVICE_MONITORING, FRANCE), "0.50")
            .build();

    static final ContractTerms ANNUAL = ContractTerms.builder().start(START).term(Term.ofMonths(12))
            .billingFrequency(BillingFrequency.ANNUAL).prepayDiscount(Percentage.of(5)).build();

    /** Every kind of line: recurring fees, labour on site and remote, travel, updates, monitoring, warranty, discount. */
    static final PricingRule FULL_RULE = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.perSubsystem(), PricingRules.onSiteLabour(), PricingRules.remoteLabour(), PricingRules.tripFee(),
            PricingRules.systemUpdates(), PricingRules.deviceMonitoring(),
            PricingRules.extendedWarranty(Map.of(24, Percentage.of(18)), 24), PricingRules.prepayDiscount());

    static final Usage LYON_USAGE = Usage.builder()
            .addInterventions(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                    Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2)),
                    Intervention.remote(LocalDate.of(2026, 5, 5), Duration.ofMinutes(70)))
            .systemUpdates(6).build();

    static final PricingContext LYON_CONTEXT = PricingContext.builder().site(LYON_SITE).tier(GOLD).terms(ANNUAL).rates(RATES)
            .usage(LYON_USAGE).build();

    /** The portfolio's pricing: recurring fees, on-site labour, trips and the prepay discount. */
    static final PricingRule PORTFOLIO_RULE = PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(),
            PricingRules.perSubsystem(), PricingRules.onSiteLabour(), PricingRules.tripFee(), PricingRules.prepayDiscount());

    /** Generated contracts: 5 to 150 devices over 1 to 8 subsystems, 0 to 3 visits a year. */
    static List<PricingContext> portfolio(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PricingContext> contexts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int subsystems = 1 + random.nextInt(SUBSYSTEMS.size());
            int devices = Math.max(subsystems, 5 + random.nextInt(146));
            Site.Builder site = Site.builder().name("Site " + i).region(LYON).distanceFromBase(Distance.ofKilometres(random.nextInt(60)))
                    .addAllSubsystems(SUBSYSTEMS.subList(0, subsystems))
                    .installedProductValue(eur("20000.00")).installedLabourValue(eur("5000.00"));
            int left = devices;
            for (int s = 0; s < subsystems; s++) {
                int remaining = subsystems - s;
                int quantity = remaining == 1 ? left : Math.max(1, Math.min(left / remaining, left - (remaining - 1)));
                left -= quantity;
                site.addEquipment(equipment(SUBSYSTEMS.get(s), quantity, "150.00"));
            }
            Usage.Builder usage = Usage.builder();
            int visits = random.nextInt(4);
            for (int v = 0; v < visits; v++) {
                // in business hours whatever the day, as the workload was first measured (its table has no weekend rates)
                usage.addInterventions(Intervention.onSite(START.plusDays(random.nextInt(360)), Duration.ofMinutes(30 + random.nextInt(240)))
                        .withBand(TimeBand.BUSINESS_HOURS));
            }
            contexts.add(PricingContext.builder().site(site.build()).tier(GOLD).terms(ANNUAL).rates(RATES).usage(usage.build()).build());
        }
        return contexts;
    }
}
