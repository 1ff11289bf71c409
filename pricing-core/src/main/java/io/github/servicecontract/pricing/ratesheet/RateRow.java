package io.github.servicecontract.pricing.ratesheet;

import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * One rate as an integrator keeps it in a spreadsheet: what it is for, its amount and currency,
 * its unit, the dates it applies, and, for rates priced in brackets, the bracket's upper bound,
 * mode and flat amount. A row is taken as written; {@link RateSheet#validate} says what is wrong with it.
 *
 * <p>For example, line 7 of a French sheet: on-site labour, FR, TECHNICIAN, business hours,
 * HOUR, 85.00 EUR, from 2026-01-01.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line of the file it came from, or 0 when built in code
 * @param key what the rate is for
 * @param upTo the inclusive upper quantity of a bracket, for bracketed rates
 * @param mode graduated or volume, for bracketed rates
 * @param flat the amount a bracket adds once it is reached, for bracketed rates that have one
 * @param unit the unit as written, one of {@link Unit}'s names when right
 * @param amount the rate as written, possibly negative (a problem the report names)
 * @param currency the rate's currency
 * @param effectiveFrom the first day the rate applies
 * @param effectiveUntil the day it stops applying, exclusive; empty when open-ended
 */
public record RateRow(int line, RateKey key, Optional<BigDecimal> upTo, Optional<Brackets.Mode> mode, Optional<BigDecimal> flat,
        String unit,
        BigDecimal amount, CurrencyUnit currency, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil) {

    /**
     * Creates a row.
     *
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public RateRow {
        Checks.requireAtLeast("line", line, 0);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(flat, "flat");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
    }

    /**
     * Obtains a plain row (not a bracket) with no end date, built in code.
     *
     * @param key what the rate is for
     * @param unit its unit
     * @param amount the rate
     * @param currency its currency
     * @param effectiveFrom the first day it applies
     * @return the row
     */
    public static RateRow of(RateKey key, Unit unit, BigDecimal amount, CurrencyUnit currency, LocalDate effectiveFrom) {
        Objects.requireNonNull(unit, "unit");
        return new RateRow(0, key, Optional.empty(), Optional.empty(), Optional.empty(), unit.name(), amount, currency, effectiveFrom,
                Optional.empty());
    }

    /**
     * Checks if this row is one bracket of a bracketed rate.
     *
     * @return true if it has a mode
     */
    public boolean isBracket() {
        return mode.isPresent();
    }

    /**
     * Checks if the row applies on {@code day}.
     *
     * @param day the day
     * @return true if {@code effectiveFrom <= day < effectiveUntil}
     */
    public boolean isEffectiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(effectiveFrom) && effectiveUntil.map(day::isBefore).orElse(true);
    }

    /**
     * Returns where the row is, for a report: {@code "line 7"}, or its key when built in code.
     *
     * @return the location
     */
    public String location() {
        return line > 0 ? "line " + line : key.describe();
    }
}
