package io.github.servicecontract.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** DOMAIN.md example 1 priced from the French sample sheet, and a mapper with the module. */
final class JsonSamples {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private JsonSamples() {}

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new ServiceContractModule());
    }

    static MonetaryAmount eur(String amount) {
        return Monetary.getDefaultAmountFactory().setCurrency(EUR).setNumber(new BigDecimal(amount)).create();
    }

    /** The French rates of DOMAIN.md example 1. */
    static RateTable france() {
        RegionCode france = RegionCode.ofCountry("FR");
        TierId gold = TierId.of("gold");
        return RateTable.builder(EUR).effectiveFrom(JAN)
                .rate(RateKey.of(CostComponent.FLAT_FEE, france).withTier(gold), "60.00")
                .rate(RateKey.of(CostComponent.DEVICE_FEE, france).withTier(gold), "1.00")
                .rate(RateKey.of(CostComponent.SUBSYSTEM_FEE, france).withTier(gold), "10.00")
                .rate(RateKey.of(CostComponent.ON_SITE_LABOUR, france).withRole(Role.TECHNICIAN), "85.00")
                .rate(RateKey.of(CostComponent.TRIP_FEE, france), "45.00")
                .build();
    }

    /** The gold tier of the Lyon sample: 45 devices, 4 subsystems, two planned visits, 5 % prepaid. */
    static Quote lyonGold() {
        RegionCode lyon = RegionCode.parse("FR-69");
        ServiceTier gold = ServiceTier.builder().id(TierId.of("gold")).serviceLevel(ServiceLevel.PROACTIVE)
                .addDeliveries(Delivery.REMOTE, Delivery.ON_SITE)
                .coverage(CoverageWindow.businessHours(ZoneId.of("Europe/Paris"), HolidayCalendar.national(lyon)))
                .remoteResponseTime(Duration.ofHours(4)).onSiteResponseTime(Duration.ofHours(24))
                .quotas(IncludedQuotas.builder().systemUpdatesPerYear(4).build())
                .addClauses(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(4)),
                        Clause.of(StandardClause.POWER_SURGE))
                .addBilledOnDemand(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT, ChargeableService.TRAVEL)
                .build();
        Site site = Site.builder().name("Villa Martin, Lyon").region(lyon).distanceFromBase(Distance.ofKilometres(18))
                .addSubsystems(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK, Subsystem.LIGHTING)
                .addEquipment(Equipment.builder().brand("Acme").model("Hub").subsystem(Subsystem.CONTROL).quantity(45)
                        .unitValue(eur("100.00")).installDate(LocalDate.of(2024, 1, 1)).warrantyEnd(LocalDate.of(2026, 2, 28)).build())
                .installedProductValue(eur("4500.00")).installedLabourValue(eur("1800.00")).build();
        ContractTerms terms = ContractTerms.builder().start(JAN).term(Term.ofMonths(12)).billingFrequency(BillingFrequency.ANNUAL)
                .prepayDiscount(Percentage.of(5)).build();
        PricingContext context = PricingContext.builder().site(site).tier(gold).terms(terms)
                .rates(france())
                .usage(io.github.servicecontract.pricing.Usage.of(Intervention.onSite(LocalDate.of(2026, 3, 10), Duration.ofHours(2)),
                        Intervention.onSite(LocalDate.of(2026, 9, 15), Duration.ofHours(2))))
                .build();
        return Quote.of(context, PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem(),
                PricingRules.onSiteLabour(), PricingRules.tripFee(), PricingRules.prepayDiscount()));
    }
}
