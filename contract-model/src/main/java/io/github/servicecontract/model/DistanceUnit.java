package io.github.servicecontract.model;

import java.math.BigDecimal;

/**
 * The unit a {@link Distance} is written in: kilometres, or miles where road distances are
 * measured in miles (United States and United Kingdom sites).
 *
 * <p>A mile is exactly 1.609344 km (the international mile of 1959), so a distance in miles
 * converts to kilometres exactly; the other way is exact only when the division ends.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DistanceUnit {
    /** Kilometres, written {@code km}. */
    KILOMETRE("km", BigDecimal.ONE),
    /** International miles of exactly 1.609344 km, written {@code mi}. */
    MILE("mi", new BigDecimal("1.609344"));

    private final String symbol;
    private final BigDecimal kilometres;

    DistanceUnit(String symbol, BigDecimal kilometres) {
        this.symbol = symbol;
        this.kilometres = kilometres;
    }

    /**
     * Returns the unit's symbol, {@code "km"} or {@code "mi"}, as {@link Distance#toString()}
     * writes it.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the length of one unit in kilometres: 1 for a kilometre, 1.609344 for a mile.
     *
     * @return the exact length in kilometres
     */
    public BigDecimal kilometres() {
        return kilometres;
    }
}
