package io.github.servicecontract.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DOMAIN.md example 1, with every kind of line, written by hand as an integrator's developer
 * would: once with {@link BigDecimal}, once with {@code long} minor units. Same inputs and
 * rounding as the library (each line to the cent, half up).
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
        BigDecimal subtotal = flat.add(perDevice).add(perSubsystem).add(onSite).add(remote).add(trips).add(updates)
                .add(monitoring).add(warranty);
        BigDecimal discount = subtotal.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
        return subtotal.subtract(discount);
    }

    private static BigDecimal billedHours(int minutes) {
        int quarters = (minutes + 14) / 15;
        return BigDecimal.valueOf(quarters * 25L, 2);
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
        long subtotal = flat + perDevice + perSubsystem + onSite + remote + trips + updates + monitoring + warranty;
        long discount = Math.floorDiv(subtotal * 5 + 50, 100);
        return subtotal - discount;
    }

    private static long quarters(int minutes) {
        return (minutes + 14) / 15;
    }
}
