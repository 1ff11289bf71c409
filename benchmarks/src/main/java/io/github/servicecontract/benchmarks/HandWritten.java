package io.github.servicecontract.benchmarks;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN.md example 1, with every kind of line, written by hand as an integrator's developer
 * would: once with {@link BigDecimal}, once with {@code long} minor units, each in two forms.
 * Same rounding as the library (each line to the cent, half up).
 *
 * <ul>
 *   <li>From the counts: given the device count, subsystem count and equipment value already
 *       worked out, with the rates and the usage (minutes, updates) written into the code.
 *   <li>From the contract: given the same site, tier, terms and usage the library reads, and
 *       the rates already parsed ({@link Rates}), as code that prices any such contract must.
 *   <li>With its lines: from the contract, with {@link BigDecimal}, making the thirteen lines the
 *       library's quote has (what, how many, at what unit price, for how much), each rounded as
 *       the library rounds it, without their explanations.
 * </ul>
 */
final class HandWritten {

    private HandWritten() {}

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    static BigDecimal totalWithBigDecimal(int devices, int subsystems, BigDecimal equipmentValue) {
        BigDecimal flat = new BigDecimal("60.00").multiply(TWELVE);
        BigDecimal perDevice = new BigDecimal("1.00").multiply(BigDecimal.valueOf(devices)).multiply(TWELVE);
        BigDecimal perSubsystem = new BigDecimal("10.00").multiply(BigDecimal.valueOf(subsystems)).multiply(TWELVE);
        BigDecimal onSite = billedHours(120).multiply(new BigDecimal("85.00")).add(billedHours(120).multiply(new BigDecimal("85.00")));
        BigDecimal remote = billedHours(70).multiply(new BigDecimal("75.00"));
        BigDecimal trips = new BigDecimal("45.00").multiply(BigDecimal.valueOf(2));
        BigDecimal updates = new BigDecimal("60.00").multiply(BigDecimal.valueOf(6 - 4));
        BigDecimal monitoring = new BigDecimal("0.50").multiply(BigDecimal.valueOf(devices)).multiply(TWELVE);
        BigDecimal warranty = equipmentValue.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal firm = flat.add(perDevice).add(perSubsystem).add(onSite).add(remote).add(trips).add(monitoring);
        BigDecimal discount = firm.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        return firm.subtract(discount).add(updates).add(warranty);
    }

    private static BigDecimal billedHours(long minutes) {
        return BigDecimal.valueOf(quarters(minutes) * 25, 2);
    }

    static long totalInCents(int devices, int subsystems, long equipmentValueCents) {
        long flat = 6000L * 12;
        long perDevice = 100L * devices * 12;
        long perSubsystem = 1000L * subsystems * 12;
        long onSite = 2 * quarters(120) * 8500L / 4;
        long remote = quarters(70) * 7500L / 4;
        long trips = 2 * 4500L;
        long updates = 2 * 6000L;
        long monitoring = 50L * devices * 12;
        long warranty = Math.floorDiv(equipmentValueCents * 18 + 50, 100);
        long firm = flat + perDevice + perSubsystem + onSite + remote + trips + monitoring;
        long discount = Math.floorDiv(firm * 5 + 50, 100);
        return firm - discount + updates + warranty;
    }

    /** The quarter hours billed for {@code minutes}: rounded up. */
    private static long quarters(long minutes) {
        return (minutes + 14) / 15;
    }

    /** The example's rates, parsed once, as a vendor's own code would hold them. */
    record Rates(BigDecimal flatFee, BigDecimal deviceFee, BigDecimal subsystemFee, BigDecimal onSiteHour,
            BigDecimal remoteHour, BigDecimal tripFee, BigDecimal systemUpdate, BigDecimal deviceMonitoring,
            BigDecimal warrantyFraction) {

        static final Rates EXAMPLE = new Rates(new BigDecimal("60.00"), new BigDecimal("1.00"), new BigDecimal("10.00"),
                new BigDecimal("85.00"), new BigDecimal("75.00"), new BigDecimal("45.00"), new BigDecimal("60.00"),
                new BigDecimal("0.50"), new BigDecimal("0.18"));
    }

    /** The same rates in cents, and the warranty in whole percent. */
    record CentRates(long flatFee, long deviceFee, long subsystemFee, long onSiteHour, long remoteHour, long tripFee,
            long systemUpdate, long deviceMonitoring, long warrantyPercent) {

        static final CentRates EXAMPLE = new CentRates(6000, 100, 1000, 8500, 7500, 4500, 6000, 50, 18);
    }

    /**
     * The same total from the contract the library prices: devices, subsystems and equipment
     * value counted on the site, each intervention's time rounded up to quarter hours, updates
     * beyond the tier's quota, a trip per visit, and the terms' prepay discount on the firm price
     * (neither the one-off warranty nor the updates beyond the quota, which are estimated).
     */
    static BigDecimal totalWithBigDecimal(PricingContext contract, Rates rates) {
        Site site = contract.site();
        ServiceTier tier = contract.tier();
        Usage usage = contract.usage();
        int devices = 0;
        BigDecimal equipmentValue = BigDecimal.ZERO;
        for (Equipment equipment : site.equipment()) {
            devices += equipment.quantity();
            if (!equipment.isObsolete()) {
                BigDecimal unitValue = equipment.unitValue().getNumber().numberValueExact(BigDecimal.class);
                equipmentValue = equipmentValue.add(unitValue.multiply(BigDecimal.valueOf(equipment.quantity())));
            }
        }
        BigDecimal deviceCount = BigDecimal.valueOf(devices);
        BigDecimal total = rates.flatFee().multiply(TWELVE)
                .add(rates.deviceFee().multiply(deviceCount).multiply(TWELVE))
                .add(rates.subsystemFee().multiply(BigDecimal.valueOf(site.subsystems().size())).multiply(TWELVE));
        for (Intervention intervention : usage.interventions()) {
            BigDecimal hours = billedHours(intervention.worked().toMinutes());
            if (intervention.delivery() == Delivery.ON_SITE) {
                total = total.add(hours.multiply(rates.onSiteHour())).add(rates.tripFee());
            } else {
                total = total.add(hours.multiply(rates.remoteHour()));
            }
        }
        int updatesBilled = Math.max(0, usage.systemUpdates() - tier.quotas().systemUpdatesPerYear());
        total = total.add(rates.deviceMonitoring().multiply(deviceCount).multiply(TWELVE));
        BigDecimal discount = total.multiply(contract.terms().prepayDiscount().fraction()).setScale(2, RoundingMode.HALF_UP);
        return total.subtract(discount).add(rates.systemUpdate().multiply(BigDecimal.valueOf(updatesBilled)))
                .add(equipmentValue.multiply(rates.warrantyFraction()).setScale(2, RoundingMode.HALF_UP));
    }

    /** The same total from the same contract in long cents. */
    static long totalInCents(PricingContext contract, CentRates rates) {
        Site site = contract.site();
        Usage usage = contract.usage();
        long devices = 0;
        long equipmentValue = 0;
        for (Equipment equipment : site.equipment()) {
            devices += equipment.quantity();
            if (!equipment.isObsolete()) {
                long unitCents = equipment.unitValue().getNumber().numberValueExact(BigDecimal.class).movePointRight(2).longValueExact();
                equipmentValue += unitCents * equipment.quantity();
            }
        }
        long total = rates.flatFee() * 12 + rates.deviceFee() * devices * 12 + rates.subsystemFee() * site.subsystems().size() * 12;
        for (Intervention intervention : usage.interventions()) {
            long quarters = quarters(intervention.worked().toMinutes());
            total += intervention.delivery() == Delivery.ON_SITE ? quarters * rates.onSiteHour() / 4 + rates.tripFee()
                    : quarters * rates.remoteHour() / 4;
        }
        int updatesBilled = Math.max(0, usage.systemUpdates() - contract.tier().quotas().systemUpdatesPerYear());
        total += rates.deviceMonitoring() * devices * 12;
        long discountPercent = contract.terms().prepayDiscount().fraction().movePointRight(2).longValueExact();
        return total - Math.floorDiv(total * discountPercent + 50, 100) + rates.systemUpdate() * updatesBilled
                + Math.floorDiv(equipmentValue * rates.warrantyPercent() + 50, 100);
    }
    /** One line of a quote written by hand: what a screen that shows the prices needs of it. */
    record Line(String component, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {}

    /** A quote written by hand: its lines (the list as it was filled, not copied) and their total. */
    record Explained(List<Line> lines, BigDecimal total) {}

    /**
     * The same quote from the same contract, line by line, in the library's order: each line
     * rounded half up to the cent, the total the sum of the rounded lines.
     */
    static Explained explainedWithBigDecimal(PricingContext contract, Rates rates) {
        Site site = contract.site();
        Usage usage = contract.usage();
        int devices = 0;
        BigDecimal equipmentValue = BigDecimal.ZERO;
        for (Equipment equipment : site.equipment()) {
            devices += equipment.quantity();
            if (!equipment.isObsolete()) {
                BigDecimal unitValue = equipment.unitValue().getNumber().numberValueExact(BigDecimal.class);
                equipmentValue = equipmentValue.add(unitValue.multiply(BigDecimal.valueOf(equipment.quantity())));
            }
        }
        BigDecimal deviceCount = BigDecimal.valueOf(devices);
        List<Line> lines = new ArrayList<>(16);
        monthly(lines, "flat-fee", BigDecimal.ONE, rates.flatFee());
        monthly(lines, "device-fee", deviceCount, rates.deviceFee());
        monthly(lines, "subsystem-fee", BigDecimal.valueOf(site.subsystems().size()), rates.subsystemFee());
        List<Intervention> onSite = usage.interventions(Delivery.ON_SITE);
        for (Intervention visit : onSite) {
            once(lines, "on-site-labour", billedHours(visit.worked().toMinutes()), rates.onSiteHour());
        }
        for (Intervention call : usage.interventions(Delivery.REMOTE)) {
            once(lines, "remote-labour", billedHours(call.worked().toMinutes()), rates.remoteHour());
        }
        for (int trip = 0; trip < onSite.size(); trip++) {
            once(lines, "trip-fee", BigDecimal.ONE, rates.tripFee());
        }
        int updates = usage.systemUpdates();
        int included = Math.min(updates, contract.tier().quotas().systemUpdatesPerYear());
        if (included > 0) {
            lines.add(new Line("system-update", BigDecimal.valueOf(included), rates.systemUpdate(), BigDecimal.ZERO));
        }
        BigDecimal notPrepaid = BigDecimal.ZERO;
        if (updates > included) {
            once(lines, "system-update", BigDecimal.valueOf(updates - included), rates.systemUpdate());
            notPrepaid = notPrepaid.add(lines.get(lines.size() - 1).amount());
        }
        monthly(lines, "device-monitoring", deviceCount, rates.deviceMonitoring());
        once(lines, "extended-warranty", BigDecimal.ONE, equipmentValue.multiply(rates.warrantyFraction()));
        notPrepaid = notPrepaid.add(lines.get(lines.size() - 1).amount());
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Line line : lines) {
            subtotal = subtotal.add(line.amount());
        }
        // the prepay discount is on the firm price: neither the estimated updates nor the one-off warranty
        BigDecimal discount = subtotal.subtract(notPrepaid).multiply(contract.terms().prepayDiscount().fraction()).negate();
        once(lines, "prepay-discount", BigDecimal.ONE, discount);
        return new Explained(lines, subtotal.add(lines.get(lines.size() - 1).amount()));
    }

    /** A fee per month: its amount is a year's. */
    private static void monthly(List<Line> lines, String component, BigDecimal quantity, BigDecimal rate) {
        lines.add(new Line(component, quantity, rate, quantity.multiply(rate).multiply(TWELVE).setScale(2, RoundingMode.HALF_UP)));
    }

    private static void once(List<Line> lines, String component, BigDecimal quantity, BigDecimal unitPrice) {
        lines.add(new Line(component, quantity, unitPrice, quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP)));
    }
}
