package io.github.servicecontract.testkit;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Clause;
import io.github.servicecontract.model.ClauseKind;
import io.github.servicecontract.model.ClauseParameter;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
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
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.model.Subsystem;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.Role;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid servicecontract values, built through the public factories
 * and builders, so that every value they give passes the library's own validation.
 *
 * <p>For example, a vendor's property test:
 *
 * <pre>{@code
 * qt().forAll(ServiceContractGenerators.rateSheets())
 *     .checkAssert(sheet -> assertThat(myImporter.roundTrip(sheet)).isEqualTo(sheet));
 * }</pre>
 *
 * <p>Composite values are drawn from a generated seed: they vary widely, and a failing case is
 * reported with its value, but shrinking only reduces the seed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceContractGenerators {

    private static final List<String> CURRENCIES = List.of("EUR", "CHF", "USD", "GBP", "JPY");
    private static final List<String> REGIONS = List.of("FR", "FR-69", "FR-34", "FR-75", "IT", "IT-MI", "IT-RM", "DE", "DE-BY",
            "CH", "CH-ZH", "CH-GE", "US", "US-CA", "US-NY", "GB", "GB-ENG");
    private static final List<Subsystem> SUBSYSTEMS = List.of(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK,
            Subsystem.LIGHTING, Subsystem.SHADING, Subsystem.CAMERAS, Subsystem.SECURITY, Subsystem.CLIMATE);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private ServiceContractGenerators() {}

    /**
     * Returns currencies: EUR, CHF, USD, GBP and JPY.
     *
     * @return the generator
     */
    public static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES).map((String code) -> Monetary.getCurrency(code));
    }

    /**
     * Returns amounts of a currency from zero to a million, at the currency's decimals.
     *
     * @param currency the currency
     * @return the generator
     */
    public static Gen<MonetaryAmount> amounts(CurrencyUnit currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        long max = BigDecimal.valueOf(1_000_000).movePointRight(scale).longValueExact();
        return SourceDSL.longs().between(0, max).map(minor -> amount(BigDecimal.valueOf(minor, scale), currency));
    }

    /**
     * Returns amounts in any of {@link #currencies()}.
     *
     * @return the generator
     */
    public static Gen<MonetaryAmount> amounts() {
        return currencies().zip(SourceDSL.longs().between(0, 100_000_000), (currency, minor) -> amount(
                BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits())), currency));
    }

    /**
     * Returns regions: countries and subdivisions of France, Italy, Germany, Switzerland, the
     * United States and the United Kingdom.
     *
     * @return the generator
     */
    public static Gen<RegionCode> regions() {
        return Generate.pick(REGIONS).map((String code) -> RegionCode.parse(code));
    }

    /**
     * Returns sites with one to eight subsystems and up to a hundred and fifty devices, their
     * amounts in {@code currency}.
     *
     * @param currency the currency of the site's values
     * @return the generator
     */
    public static Gen<Site> sites(CurrencyUnit currency) {
        return seeds().map(seed -> site(new Random(seed), currency));
    }

    /**
     * Returns consistent service tiers: proactive or reactive, remote and/or on site, with
     * quotas, perks and clauses that pass the clause audit.
     *
     * @return the generator
     */
    public static Gen<ServiceTier> tiers() {
        return seeds().map(seed -> tier(new Random(seed)));
    }

    /**
     * Returns contract terms from 2026 to 2030, one to thirty-six months, any billing frequency,
     * prepay discounts up to 10 %.
     *
     * @return the generator
     */
    public static Gen<ContractTerms> terms() {
        return seeds().map(seed -> terms(new Random(seed)));
    }

    /**
     * Returns contracts in euros: a client (a consumer, or a business), a site, a tier and terms;
     * a German consumer's terms keep to BGB § 309 Nr. 9 (at most 24 months, no tacit renewal for
     * another fixed term, at most a month's notice), as the contract requires.
     *
     * @return the generator
     */
    public static Gen<Contract> contracts() {
        return seeds().map(seed -> {
            Random random = new Random(seed);
            Client client = Client.of("Client " + random.nextInt(10_000), Locale.FRANCE)
                    .withCapacity(random.nextBoolean() ? Client.Capacity.CONSUMER : Client.Capacity.BUSINESS);
            Site site = site(random, Monetary.getCurrency("EUR"));
            ContractTerms terms = terms(random);
            if (site.region().country().equals("DE") && client.capacity() == Client.Capacity.CONSUMER) {
                java.time.Period notice = terms.cancellationNotice();
                boolean longer = notice.toTotalMonths() > 1 || notice.toTotalMonths() == 1 && notice.getDays() > 0 || notice.getDays() > 31;
                terms = ContractTerms.builder().from(terms).renewal(Renewal.NONE)
                        .cancellationNotice(longer ? java.time.Period.ofMonths(1) : notice)
                        .term(terms.term().isOpenEnded() || terms.term().months().getAsInt() <= 24 ? terms.term() : Term.ofMonths(24))
                        .build();
            }
            return Contract.builder().client(client).site(site).tier(tier(random)).terms(terms).build();
        });
    }

    /**
     * Returns rate sheets of a currency that validate without a problem: labour with premium
     * bands above business hours, travel, tier fees and, sometimes, a graduated device fee.
     * Rows are numbered from line 2, as a file with a header would be.
     *
     * @param currency the sheet's currency
     * @return the generator
     */
    public static Gen<RateSheet> rateSheets(CurrencyUnit currency) {
        return seeds().map(seed -> rateSheet(new Random(seed), currency));
    }

    /**
     * Returns rate sheets in any of {@link #currencies()}.
     *
     * @return the generator
     */
    public static Gen<RateSheet> rateSheets() {
        return currencies().zip(seeds(), (currency, seed) -> rateSheet(new Random(seed), currency));
    }

    private static Gen<Long> seeds() {
        return SourceDSL.longs().all();
    }

    private static MonetaryAmount amount(BigDecimal value, CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(value).create();
    }

    private static BigDecimal money(Random random, CurrencyUnit currency, long minimumMinor, long maximumMinor) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return BigDecimal.valueOf(minimumMinor + Math.floorMod(random.nextLong(), maximumMinor - minimumMinor + 1), scale);
    }

    /** The countries whose road distances are measured in miles. */
    private static final java.util.Set<String> MILES = java.util.Set.of("US", "GB");

    private static Site site(Random random, CurrencyUnit currency) {
        int subsystemCount = 1 + random.nextInt(SUBSYSTEMS.size());
        List<Subsystem> subsystems = SUBSYSTEMS.subList(0, subsystemCount);
        List<Equipment> equipment = new ArrayList<>();
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            LocalDate installed = START.minusDays(random.nextInt(2000));
            equipment.add(Equipment.builder().brand("Brand" + random.nextInt(20)).model("Model " + i)
                    .subsystem(subsystems.get(random.nextInt(subsystemCount))).quantity(1 + random.nextInt(12))
                    .unitValue(amount(money(random, currency, 0, 500_000), currency)).installDate(installed)
                    .warrantyEnd(installed.plusDays(random.nextInt(1500))).build());
        }
        RegionCode region = RegionCode.parse(REGIONS.get(random.nextInt(REGIONS.size())));
        // road distances in miles where they are measured so (United States and United Kingdom), in kilometres elsewhere
        Distance distance = MILES.contains(region.country()) ? Distance.ofMiles(random.nextInt(100)) : Distance.ofKilometres(random.nextInt(150));
        return Site.builder().name("Site " + random.nextInt(100_000)).region(region)
                .distanceFromBase(distance).addAllSubsystems(subsystems).addAllEquipment(equipment)
                .installedProductValue(amount(money(random, currency, 0, 10_000_000), currency))
                .installedLabourValue(amount(money(random, currency, 0, 3_000_000), currency)).build();
    }

    private static ServiceTier tier(Random random) {
        Set<Delivery> deliveries = EnumSet.noneOf(Delivery.class);
        switch (random.nextInt(3)) {
            case 0:
                deliveries.add(Delivery.REMOTE);
                break;
            case 1:
                deliveries.add(Delivery.ON_SITE);
                break;
            default:
                deliveries.addAll(EnumSet.allOf(Delivery.class));
        }
        boolean remote = deliveries.contains(Delivery.REMOTE);
        boolean onSite = deliveries.contains(Delivery.ON_SITE);
        Monitoring monitoring = random.nextBoolean() ? Monitoring.PROACTIVE : Monitoring.NONE;
        int visits = onSite ? random.nextInt(5) : 0;
        int remoteHours = remote ? random.nextInt(5) : 0;
        int updates = random.nextInt(5);
        List<Clause> clauses = new ArrayList<>();
        Set<ChargeableService> billed = EnumSet.noneOf(ChargeableService.class);
        if (visits > 0) {
            clauses.add(Clause.of(StandardClause.ON_SITE_VISITS, ClauseParameter.VISITS, ParameterValue.count(visits)));
        }
        if (remoteHours > 0) {
            clauses.add(Clause.of(StandardClause.REMOTE_SUPPORT, ClauseParameter.HOURS,
                    ParameterValue.duration(Duration.ofHours(remoteHours))));
        }
        if (updates > 0) {
            clauses.add(Clause.of(StandardClause.SYSTEM_UPDATES, ClauseParameter.UPDATES, ParameterValue.count(updates)));
        }
        if (monitoring == Monitoring.PROACTIVE) {
            clauses.add(Clause.of(StandardClause.PROACTIVE_MONITORING));
        }
        billed.addAll(EnumSet.of(ChargeableService.REMOTE_SUPPORT, ChargeableService.ON_SITE_VISIT,
                ChargeableService.SYSTEM_UPDATE, ChargeableService.TRAVEL));
        for (StandardClause exclusion : StandardClause.values()) {
            if (exclusion.kind() == ClauseKind.EXCLUSION && random.nextInt(3) == 0) {
                clauses.add(Clause.of(exclusion));
            }
        }
        RegionCode region = RegionCode.parse(List.of("FR", "IT", "DE", "CH", "US", "GB").get(random.nextInt(6)));
        ZoneId zone = ZoneId.of(List.of("Europe/Paris", "Europe/Rome", "Europe/Berlin", "Europe/Zurich", "America/New_York",
                "Europe/London").get(random.nextInt(6)));
        HolidayCalendar holidays = HolidayCalendar.national(region);
        CoverageWindow coverage = List.of(CoverageWindow.businessHours(zone, holidays), CoverageWindow.extendedHours(zone, holidays),
                CoverageWindow.allHours(zone, holidays)).get(random.nextInt(3));
        ServiceTier.Builder builder = ServiceTier.builder().id(TierId.of("tier-" + random.nextInt(1000)))
                .serviceLevel(random.nextBoolean() ? ServiceLevel.PROACTIVE : ServiceLevel.REACTIVE).deliveries(deliveries)
                .coverage(coverage).monitoring(monitoring)
                .quotas(IncludedQuotas.builder().onSiteVisitsPerYear(visits).systemUpdatesPerYear(updates)
                        .remoteHours(RemoteHoursAllowance.of(Duration.ofHours(remoteHours),
                                RemoteHoursAllowance.AllowancePeriod.values()[random.nextInt(3)],
                                RemoteHoursAllowance.Rollover.values()[random.nextInt(2)])).build())
                .clauses(clauses).billedOnDemand(billed);
        if (remote) {
            builder.remoteResponseTime(Duration.ofHours(1 + random.nextInt(24)));
        }
        if (onSite) {
            builder.onSiteResponseTime(Duration.ofHours(4 + random.nextInt(72)));
        }
        return builder.build();
    }

    private static ContractTerms terms(Random random) {
        return ContractTerms.builder().start(START.plusDays(random.nextInt(5 * 365)))
                .term(random.nextInt(10) == 0 ? Term.openEnded() : Term.ofMonths(1 + random.nextInt(36)))
                .cancellationNotice(Period.ZERO)
                .billingFrequency(BillingFrequency.values()[random.nextInt(4)])
                .prepayDiscount(Percentage.of(random.nextInt(11))).build();
    }

    private static RateSheet rateSheet(Random random, CurrencyUnit currency) {
        RegionCode region = RegionCode.parse(REGIONS.get(random.nextInt(REGIONS.size())));
        List<RateRow> rows = new ArrayList<>();
        for (CostComponent labour : List.of(CostComponent.ON_SITE_LABOUR, CostComponent.REMOTE_LABOUR)) {
            RateKey key = RateKey.of(labour, region).withRole(Role.TECHNICIAN);
            BigDecimal business = money(random, currency, 3_000, 20_000);
            rows.add(row(rows, key, "HOUR", business, currency));
            for (TimeBand band : TimeBand.values()) {
                if (band.isPremium() && random.nextBoolean()) {
                    rows.add(row(rows, key.withBand(band), "HOUR", business.add(money(random, currency, 0, 10_000)), currency));
                }
            }
        }
        rows.add(row(rows, RateKey.of(CostComponent.TRIP_FEE, region), "TRIP", money(random, currency, 1, 10_000), currency));
        rows.add(row(rows, RateKey.of(CostComponent.TRAVEL_DISTANCE, region), "KILOMETRE", money(random, currency, 1, 500), currency));
        if (MILES.contains(region.country())) {
            rows.add(row(rows, RateKey.of(CostComponent.TRAVEL_MILES, region), "MILE", money(random, currency, 1, 800), currency));
        }
        int tiers = 1 + random.nextInt(3);
        for (int t = 0; t < tiers; t++) {
            TierId tier = TierId.of("tier-" + t);
            rows.add(row(rows, RateKey.of(CostComponent.FLAT_FEE, region).withTier(tier), "SITE", money(random, currency, 0, 30_000),
                    currency));
        }
        if (random.nextBoolean()) {
            RateKey fee = RateKey.of(CostComponent.DEVICE_FEE, region).withTier(TierId.of("tier-0"));
            Brackets.Mode mode = random.nextBoolean() ? Brackets.Mode.GRADUATED : Brackets.Mode.VOLUME;
            long bound = 0;
            int brackets = 1 + random.nextInt(3);
            for (int b = 0; b < brackets; b++) {
                bound += 1 + random.nextInt(20);
                rows.add(new RateRow(rows.size() + 2, fee, Optional.of(BigDecimal.valueOf(bound)), Optional.of(mode), flat(random, currency),
                        "DEVICE", money(random, currency, 0, 500), currency, START, Optional.empty()));
            }
            rows.add(new RateRow(rows.size() + 2, fee, Optional.empty(), Optional.of(mode), flat(random, currency), "DEVICE",
                    money(random, currency, 0, 500), currency, START, Optional.empty()));
        }
        return RateSheet.of(rows);
    }

    /** A bracket's flat amount, one time in four. */
    private static Optional<BigDecimal> flat(Random random, CurrencyUnit currency) {
        return random.nextInt(4) == 0 ? Optional.of(money(random, currency, 0, 5_000)) : Optional.empty();
    }

    private static RateRow row(List<RateRow> rows, RateKey key, String unit, BigDecimal amount, CurrencyUnit currency) {
        return new RateRow(rows.size() + 2, key, Optional.empty(), Optional.empty(), Optional.empty(), unit, amount, currency, START, Optional.empty());
    }
}
