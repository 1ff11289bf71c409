package io.github.servicecontract.i18n;

import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.ComplexityScale;
import io.github.servicecontract.pricing.DistanceZones;
import io.github.servicecontract.pricing.InstalledValueBasis;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.Measure;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.QuantityTransform;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.Trace;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule names, step keys and inclusion reasons that the library's own rules write in traces: the
 * keys are {@code StandardTraceKey}'s, so that a key added there must have its words in every bundle.
 */
final class TraceVocabulary {

    private TraceVocabulary() {}

    /** The ids of every standard trace key: each must have its words in every language. */
    static Set<String> labels() {
        Set<String> ids = new TreeSet<>();
        for (io.github.servicecontract.pricing.StandardTraceKey key : io.github.servicecontract.pricing.StandardTraceKey.values()) {
            ids.add(key.id());
        }
        return ids;
    }

    static Set<String> rules() {
        return Set.of("labour", "flat-fee", "device-fee", "subsystem-fee", "site-fee", "installed-value-fee",
                "device-monitoring", "site-monitoring", "device-updates", "system-updates", "remote-tickets", "trip-fee",
                "zone-fee", "kilometres", "travel-time", "extended-warranty", "discount", "prepay-discount",
                "member-labour-discount", "scale", "complexity", "minimum-fee", "fee-cap", "rounding", "billing-period",
                "travel-distance", "remote-ticket", "system-update", "per-intervention", "materials");
    }

    static Set<String> reasons() {
        return Set.of("in-warranty", "visit-quota", "remote-allowance", "trip-fee-waived", "within-radius", "tier", "update-quota");
    }

    /** Every trace our rules write when pricing the samples with (almost) every rule. */
    static List<Trace> tracesOfEveryRule() {
        PricingRule everything = PricingRules.sum(
                PricingRules.complexity(ComplexityScale.of(List.of(new ComplexityScale.Step(10, 2, Multiplier.of("1.1")))),
                        PricingRules.sum(PricingRules.flatFee(), PricingRules.perDevice(), PricingRules.perSubsystem())),
                PricingRules.floor(PricingRules.perUnit(Measure.DEVICES, io.github.servicecontract.pricing.CostComponent.DEVICE_FEE,
                        QuantityTransform.divideBy(10, RoundingMode.UP)), Samples.eur("500.00")),
                PricingRules.bracketed(Measure.DEVICES, io.github.servicecontract.pricing.CostComponent.DEVICE_FEE,
                        Brackets.graduated(List.of(Brackets.Bracket.upTo(10, Samples.eur("2.00")),
                                Brackets.Bracket.above(Samples.eur("1.00"))))),
                PricingRules.percentOfInstalledValue(Percentage.of(8), InstalledValueBasis.PRODUCTS),
                PricingRules.onSiteLabour(), PricingRules.tripFee(),
                PricingRules.perIntervention(io.github.servicecontract.model.Delivery.ON_SITE,
                        io.github.servicecontract.pricing.CostComponent.MATERIALS),
                PricingRules.zoneFee(DistanceZones.of(List.of(DistanceZones.Zone.upTo(Distance.ofKilometres(10), Samples.eur("25.00")),
                        DistanceZones.Zone.beyond(Samples.eur("30.00"))))),
                PricingRules.kilometres(Distance.ofKilometres(5), Legs.RETURN),
                PricingRules.travelTime(Duration.ofMinutes(30), Legs.RETURN),
                PricingRules.extendedWarranty(Map.of(24, Percentage.of(18)), 24),
                PricingRules.scale(PricingRules.flatFee(), Multiplier.of("0.9")),
                PricingRules.memberLabourDiscount(), PricingRules.prepayDiscount());
        io.github.servicecontract.pricing.RateTable rates = io.github.servicecontract.pricing.RateTable.builder(Samples.EUR)
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.TRAVEL_DISTANCE,
                        Samples.LYON), "2.40")
                .rate(io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.MATERIALS,
                        Samples.LYON), "18.50").build();
        io.github.servicecontract.pricing.RateTable all = io.github.servicecontract.pricing.RateTable.builder(Samples.EUR)
                .effectiveFrom(Samples.START).build();
        java.util.List<Trace> traces = new java.util.ArrayList<>();
        io.github.servicecontract.pricing.RateTable merged = merge(Samples.FRANCE, rates, all);
        Quote quote = Quote.of(io.github.servicecontract.pricing.PricingContext.builder().from(Samples.LYON_CONTEXT).rates(merged)
                .build(), everything);
        quote.lines().forEach(line -> traces.add(line.trace()));
        quote.rateCard().forEach(entry -> traces.add(entry.trace()));
        BillingSchedule.of(quote, BillingPolicy.builder().taxation(Taxation.of(TaxRate.FRANCE)).build()).invoices()
                .forEach(invoice -> traces.add(invoice.trace()));
        Samples.MILAN_QUOTE.lines().forEach(line -> traces.add(line.trace()));
        return traces;
    }

    private static io.github.servicecontract.pricing.RateTable merge(io.github.servicecontract.pricing.RateTable... tables) {
        io.github.servicecontract.pricing.RateTable.Builder builder = io.github.servicecontract.pricing.RateTable.builder(Samples.EUR)
                .effectiveFrom(Samples.START);
        for (io.github.servicecontract.pricing.RateTable table : tables) {
            table.entries().forEach(builder::rate);
        }
        return builder.build();
    }

    static Set<String> labelsIn(List<Trace> traces) {
        Set<String> labels = new TreeSet<>();
        traces.forEach(trace -> trace.steps().stream().map(step -> step.key().id()).forEach(labels::add));
        return labels;
    }
}
