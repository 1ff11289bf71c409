package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An integrator's rates, in one currency, for a range of dates: what each cost component costs
 * in each region, for each role, brand, time band and tier that applies.
 *
 * <p>A look-up falls back from the specific to the general: from a subdivision to its country,
 * from a brand's rate to the rate for any brand, from a tier's rate to the rate for any tier.
 * Role and band never fall back: a Saturday rate is not a business-hours rate.
 *
 * <p>For example, with a technician's on-site rate of 85.00 EUR for {@code FR},
 * {@code rate(RateKey.of(ON_SITE_LABOUR, FR-69).withRole(TECHNICIAN).withBand(BUSINESS_HOURS))}
 * finds nothing for band-less keys, but the same key without a band finds 85.00 EUR.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateTable {

    private final CurrencyUnit currency;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;
    private final Map<RateKey, BigDecimal> rates;
    private final Map<RateKey, Brackets> brackets;
    /** The amount of each distinct rate value, made once: quotes show rates on many lines and traces. */
    private final Map<BigDecimal, MonetaryAmount> amounts;
    /**
     * Keys already resolved through the fallbacks, and what they found: a portfolio asks the same
     * few keys for every contract. Bounded, so that a caller asking ever new keys cannot grow it
     * without end; not part of the table's value.
     */
    private final Map<RateKey, Object> resolved = new ConcurrentHashMap<>();
    private static final Object NO_RATE = new Object();
    private static final int RESOLVED_LIMIT = 10_000;

    private RateTable(Builder builder) {
        this.currency = builder.currency;
        this.effectiveFrom = builder.effectiveFrom;
        this.effectiveUntil = builder.effectiveUntil;
        this.rates = Collections.unmodifiableMap(new LinkedHashMap<>(builder.rates));
        this.brackets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.brackets));
        Map<BigDecimal, MonetaryAmount> made = new HashMap<>();
        rates.values().forEach(value -> made.computeIfAbsent(value, v -> Amounts.of(v, currency)));
        this.amounts = Collections.unmodifiableMap(made);
    }

    /** The amount of a value, made once if it is one of the table's rates; null otherwise. */
    MonetaryAmount knownAmount(BigDecimal value) {
        return amounts.get(value);
    }

    /**
     * Returns a new builder of a table in {@code currency}, effective from {@link LocalDate#MIN}
     * with no end until narrowed.
     *
     * @param currency the one currency of every rate
     * @return a builder
     */
    public static Builder builder(CurrencyUnit currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"));
    }

    /** Returns the currency of every rate. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns the first day the table applies, inclusive. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Returns the day the table stops applying, exclusive; empty when open-ended. */
    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveUntil);
    }

    /**
     * Checks if the table applies on {@code day}.
     *
     * @param day the day
     * @return true if {@code effectiveFrom <= day < effectiveUntil}
     */
    public boolean isEffectiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    /**
     * Returns every rate, keyed as entered, in the order entered.
     *
     * @return the rates
     */
    public Map<RateKey, MonetaryAmount> entries() {
        Map<RateKey, MonetaryAmount> entries = new LinkedHashMap<>();
        rates.forEach((key, value) -> entries.put(key, Amounts.of(value, currency)));
        return Collections.unmodifiableMap(entries);
    }

    /**
     * Returns every bracketed rate, keyed as entered, in the order entered.
     *
     * @return the bracketed rates
     */
    public Map<RateKey, Brackets> bracketEntries() {
        return brackets;
    }

    /**
     * Finds the bracketed rate for {@code key}, falling back as the class describes.
     *
     * <p>For example, a device fee of 2.00 up to 10 devices and 1.00 above, for tier gold.
     *
     * @param key what to look up
     * @return the brackets, or empty
     */
    public Optional<Brackets> findBrackets(RateKey key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(lookUp(brackets, key));
    }

    /**
     * Returns the number of rates.
     *
     * @return the size
     */
    public int size() {
        return rates.size();
    }

    /**
     * Finds the rate for {@code key}, falling back as the class describes.
     *
     * @param key what to look up
     * @return the rate, or empty
     */
    public Optional<MonetaryAmount> find(RateKey key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(lookUp(key)).map(value -> Amounts.of(value, currency));
    }

    /**
     * Returns the rate for {@code key}, falling back as the class describes.
     *
     * <p>For example, {@code rate(RateKey.of(TRIP_FEE, FR-69))} is 45.00 EUR when the table has
     * a trip fee of 45.00 EUR for {@code FR}.
     *
     * @param key what to look up
     * @return the rate
     * @throws MissingRateException if there is none, naming exactly what was looked up
     */
    public MonetaryAmount rate(RateKey key) {
        Objects.requireNonNull(key, "key");
        return Amounts.of(decimalRate(key), currency);
    }

    /** The rate as an exact decimal, for the arithmetic inside this package. */
    BigDecimal decimalRate(RateKey key) {
        BigDecimal value = lookUp(key);
        if (value == null) {
            throw lookUp(brackets, key) == null ? new MissingRateException(key)
                    : new MissingRateException(key, "the table prices it by brackets, which PricingRules.bracketed reads");
        }
        return value;
    }

    /**
     * Returns the brackets for {@code key}, falling back as the class describes.
     *
     * @throws MissingRateException if there are none, saying so when the table has a single rate instead
     */
    Brackets bracketsOf(RateKey key) {
        Brackets value = lookUp(brackets, key);
        if (value == null) {
            throw lookUp(key) == null ? new MissingRateException(key)
                    : new MissingRateException(key, "the table has a single rate for it, not brackets");
        }
        return value;
    }

    /** The rate as an exact decimal, or null. */
    BigDecimal lookUpOrNull(RateKey key) {
        return lookUp(key);
    }

    private BigDecimal lookUp(RateKey key) {
        Object known = resolved.get(key);
        if (known != null) {
            return known == NO_RATE ? null : (BigDecimal) known;
        }
        BigDecimal value = lookUp(rates, key);
        if (resolved.size() < RESOLVED_LIMIT) {
            resolved.put(key, value == null ? NO_RATE : value);
        }
        return value;
    }

    private static <T> T lookUp(Map<RateKey, T> values, RateKey key) {
        T value = lookUpInRegion(values, key);
        RegionCode country = key.region().toCountry();
        if (value == null && !country.equals(key.region())) {
            value = lookUpInRegion(values, key.withRegion(country));
        }
        return value;
    }

    private static <T> T lookUpInRegion(Map<RateKey, T> values, RateKey key) {
        T value = values.get(key);
        if (value == null && key.tier().isPresent()) {
            value = lookUpInRegion(values, key.withoutTier());
        }
        if (value == null && key.brand().isPresent()) {
            value = lookUpInRegion(values, key.withoutBrand());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RateTable && currency.equals(((RateTable) other).currency)
                && effectiveFrom.equals(((RateTable) other).effectiveFrom)
                && Objects.equals(effectiveUntil, ((RateTable) other).effectiveUntil)
                && rates.equals(((RateTable) other).rates) && brackets.equals(((RateTable) other).brackets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, effectiveFrom, effectiveUntil, rates, brackets);
    }

    @Override
    public String toString() {
        return "RateTable[" + currency.getCurrencyCode() + ", " + rates.size() + " rates"
                + (brackets.isEmpty() ? "" : ", " + brackets.size() + " bracketed") + ", from " + effectiveFrom
                + (effectiveUntil == null ? "" : " until " + effectiveUntil) + "]";
    }

    /**
     * Builds a {@link RateTable}. Each rate is checked as it is added; the builder never escapes
     * the method that uses it.
     */
    public static final class Builder {
        private final CurrencyUnit currency;
        private final Map<RateKey, BigDecimal> rates = new LinkedHashMap<>();
        private final Map<RateKey, Brackets> brackets = new LinkedHashMap<>();
        private LocalDate effectiveFrom = LocalDate.MIN;
        private LocalDate effectiveUntil;

        private Builder(CurrencyUnit currency) {
            this.currency = currency;
        }

        /**
         * Sets the dates the table applies to.
         *
         * @param fromInclusive the first day
         * @param untilExclusive the day after the last day
         * @return this builder
         * @throws IllegalArgumentException if {@code untilExclusive} is not after {@code fromInclusive}
         */
        public Builder effective(LocalDate fromInclusive, LocalDate untilExclusive) {
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            Objects.requireNonNull(untilExclusive, "untilExclusive");
            if (!untilExclusive.isAfter(fromInclusive)) {
                throw Checks.invalid("effectiveUntil", untilExclusive, "must be after effectiveFrom " + fromInclusive);
            }
            this.effectiveFrom = fromInclusive;
            this.effectiveUntil = untilExclusive;
            return this;
        }

        /**
         * Sets the first day the table applies, with no end.
         *
         * @param fromInclusive the first day
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate fromInclusive) {
            this.effectiveFrom = Objects.requireNonNull(fromInclusive, "fromInclusive");
            this.effectiveUntil = null;
            return this;
        }

        /**
         * Adds a rate.
         *
         * @param key what the rate is for
         * @param rate the rate, in the table's currency, at least zero
         * @return this builder
         * @throws CurrencyMismatchException if the rate is in another currency
         * @throws IllegalArgumentException if the rate is negative or the key already has a rate
         */
        public Builder rate(RateKey key, MonetaryAmount rate) {
            Objects.requireNonNull(key, "key");
            // checked before the message is made: a rate sheet's tables add 100 k rates at a time
            if (!Amounts.isIn(Objects.requireNonNull(rate, "rate").getCurrency(), currency)) {
                throw new CurrencyMismatchException("rate of " + key.describe(), rate, "the table's", currency);
            }
            BigDecimal value = rate.getNumber().numberValueExact(BigDecimal.class);
            if (!Decimals.isInBounds(value)) {
                Decimals.requireInBounds("rate of " + key.describe(), value);
            }
            if (value.signum() < 0) {
                throw Checks.invalid("rate of " + key.describe(), rate, "must be >= 0");
            }
            if (rates.putIfAbsent(key, value) != null) {
                throw Checks.invalid("rate of " + key.describe(), rate,
                        "must be given once, already " + Checks.describe(Amounts.of(rates.get(key), currency)));
            }
            return this;
        }

        /**
         * Adds a rate given as a decimal text in the table's currency, for example {@code "85.00"}.
         *
         * @param key what the rate is for
         * @param rate the rate, at least zero
         * @return this builder
         * @throws IllegalArgumentException if the text is not a decimal, is negative, or the key
         *     already has a rate
         */
        public Builder rate(RateKey key, String rate) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(rate, "rate");
            return rate(key, Amounts.of(Decimals.parse("rate of " + key.describe(), rate), currency));
        }

        /**
         * Adds a bracketed rate, for example a device fee by number of devices.
         *
         * @param key what the rate is for
         * @param rate the brackets, in the table's currency
         * @return this builder
         * @throws CurrencyMismatchException if the brackets are in another currency
         * @throws IllegalArgumentException if the key already has brackets
         */
        public Builder brackets(RateKey key, Brackets rate) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(rate, "rate");
            Amounts.requireCurrency("brackets of " + key.describe(), rate.brackets().get(0).unitPrice(), "the table's", currency);
            if (brackets.putIfAbsent(key, rate) != null) {
                throw Checks.invalid("brackets of " + key.describe(), rate, "must be given once");
            }
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         */
        public RateTable build() {
            return new RateTable(this);
        }
    }
}
