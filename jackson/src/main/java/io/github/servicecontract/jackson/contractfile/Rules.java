package io.github.servicecontract.jackson.contractfile;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.model.internal.Suggestions;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.DistanceZones;
import io.github.servicecontract.pricing.InstalledValueBasis;
import io.github.servicecontract.pricing.LabourRule;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.Measure;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.TimeBand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The pricing rules a contract file names, each a rule of {@link PricingRules}: a name alone
 * ({@code flat-fee}), or a mapping with {@code rule} and its parameters
 * ({@code {rule: kilometres, freeRadius: 15 km, legs: RETURN}}).
 */
final class Rules {

    private static final Map<String, Supplier<PricingRule>> PLAIN = new TreeMap<>(Map.ofEntries(
            Map.entry("flat-fee", PricingRules::flatFee), Map.entry("device-fee", PricingRules::perDevice),
            Map.entry("subsystem-fee", PricingRules::perSubsystem), Map.entry("site-fee", PricingRules::perSite),
            Map.entry("device-monitoring", PricingRules::deviceMonitoring), Map.entry("site-monitoring", PricingRules::siteMonitoring),
            Map.entry("device-updates", PricingRules::deviceUpdates), Map.entry("system-updates", PricingRules::systemUpdates),
            Map.entry("remote-tickets", PricingRules::remoteTickets), Map.entry("trip-fee", PricingRules::tripFee),
            Map.entry("member-labour-discount", PricingRules::memberLabourDiscount),
            Map.entry("prepay-discount", PricingRules::prepayDiscount)));
    private static final List<String> WITH_PARAMETERS = List.of("on-site-labour", "remote-labour", "kilometres", "miles", "travel-time",
            "zones", "installed-value", "bracketed", "per-intervention");

    private Rules() {}

    /** The names of the rules without parameters, in order. */
    static java.util.Set<String> plainNames() {
        return PLAIN.keySet();
    }

    static PricingRule of(Node list, CurrencyUnit currency) {
        List<PricingRule> rules = new ArrayList<>();
        for (Node item : list.list()) {
            rules.add(rule(item, currency));
        }
        return list.build(() -> PricingRules.sum(rules.toArray(PricingRule[]::new)));
    }

    /** Checks if a tier's {@code pricing} prices travel with the {@code miles} rule, which counts distances in miles. */
    static boolean countsMiles(Node pricing) {
        for (Node item : pricing.list()) {
            if (!item.isText() && item.has("rule") && item.get("rule").isText() && item.get("rule").text().equals("miles")) {
                return true;
            }
        }
        return false;
    }

    private static PricingRule rule(Node node, CurrencyUnit currency) {
        Node nameNode = node.isText() ? node : node.get("rule");
        String name = nameNode.text();
        Supplier<PricingRule> plain = PLAIN.get(name);
        if (plain != null) {
            if (!node.isText()) {
                node.only("rule");
            }
            return plain.get();
        }
        if (!node.isText() && WITH_PARAMETERS.contains(name)) {
            node.only(parameters(name));
        }
        switch (name) {
            case "on-site-labour":
                return labour(node, Delivery.ON_SITE, currency);
            case "remote-labour":
                return labour(node, Delivery.REMOTE, currency);
            case "kilometres":
                return node.build(() -> PricingRules.kilometres(node.get("freeRadius").parse("a distance such as 15 km", Distance::parse),
                        node.get("legs").constant(Legs.class)));
            case "miles":
                return node.build(() -> PricingRules.miles(node.get("freeRadius").parse("a distance such as 10 mi", Distance::parse),
                        node.get("legs").constant(Legs.class)));
            case "travel-time":
                return node.build(() -> PricingRules.travelTime(node.get("oneWay").duration(), node.get("legs").constant(Legs.class)));
            case "zones":
                List<DistanceZones.Zone> zones = new ArrayList<>();
                for (Node zone : node.get("zones").list()) {
                    zone.only("upTo", "fee");
                    zones.add(zone.has("upTo")
                            ? DistanceZones.Zone.upTo(zone.get("upTo").parse("a distance such as 10 km", Distance::parse),
                                    money(zone.get("fee"), currency))
                            : DistanceZones.Zone.beyond(money(zone.get("fee"), currency)));
                }
                return node.build(() -> PricingRules.zoneFee(DistanceZones.of(zones)));
            case "bracketed":
                return node.build(() -> PricingRules.bracketed(node.get("measure").constant(Measure.class),
                        node.get("component").parse("a cost component such as device-fee", CostComponent::of)));
            case "per-intervention":
                return node.build(() -> PricingRules.perIntervention(node.get("delivery").constant(Delivery.class),
                        node.get("component").parse("a cost component such as materials", CostComponent::of)));
            case "installed-value":
                return node.build(() -> PricingRules.percentOfInstalledValue(node.get("perYear").parse("a percentage such as 8%",
                        Percentage::parse), node.get("basis").constant(InstalledValueBasis.class)));
            default:
                List<String> known = new ArrayList<>(PLAIN.keySet());
                known.addAll(WITH_PARAMETERS);
                throw nameNode.problem("must be a pricing rule " + known + ", was \"" + Checks.shortened(name) + "\""
                        + Suggestions.didYouMean(name, known));
        }
    }

    /** The keys a rule with parameters takes beside {@code rule}; an unknown rule's are left to its refusal. */
    private static String[] parameters(String name) {
        switch (name) {
            case "on-site-labour":
            case "remote-labour":
                return new String[] {"rule", "minimumTime", "increment", "minimumCharge", "bandApplication", "inWarrantyLabour", "bands"};
            case "kilometres":
            case "miles":
                return new String[] {"rule", "freeRadius", "legs"};
            case "travel-time":
                return new String[] {"rule", "oneWay", "legs"};
            case "zones":
                return new String[] {"rule", "zones"};
            case "bracketed":
                return new String[] {"rule", "measure", "component"};
            case "per-intervention":
                return new String[] {"rule", "delivery", "component"};
            case "installed-value":
                return new String[] {"rule", "perYear", "basis"};
            default:
                return new String[] {"rule"};
        }
    }

    private static PricingRule labour(Node node, Delivery delivery, CurrencyUnit currency) {
        LabourRule.Builder labour = LabourRule.builder().delivery(delivery);
        if (!node.isText()) {
            node.optional("minimumTime").ifPresent(n -> labour.minimumTime(n.duration()));
            node.optional("increment").ifPresent(n -> labour.increment(n.duration()));
            node.optional("minimumCharge").ifPresent(n -> labour.minimumCharge(money(n, currency)));
            node.optional("bandApplication").ifPresent(n -> labour.bandApplication(n.constant(LabourRule.BandApplication.class)));
            node.optional("inWarrantyLabour").ifPresent(n -> labour.inWarrantyLabour(n.constant(LabourRule.WarrantyLabour.class)));
            node.optional("bands").ifPresent(bands -> bands.fields().forEach(band -> labour.putBandMultipliers(
                    bandOf(bands, band.getKey()),
                    band.getValue().parse("a multiplier such as 1.5", Multiplier::of))));
        }
        return node.build(labour::build);
    }

    private static TimeBand bandOf(Node bands, String name) {
        for (TimeBand band : TimeBand.values()) {
            if (band.name().equalsIgnoreCase(name.replace('-', '_'))) {
                return band;
            }
        }
        List<String> names = Arrays.stream(TimeBand.values()).map(Enum::name).toList();
        throw bands.problem("band must be one of " + names + ", was \"" + Checks.shortened(name) + "\"" + Suggestions.didYouMean(name, names));
    }

    private static javax.money.MonetaryAmount money(Node node, CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(node.decimal()).create();
    }
}
