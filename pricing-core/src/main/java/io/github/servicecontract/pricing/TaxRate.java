package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A value-added or sales tax rate of a country, applied once on a tax-exclusive total and
 * rounded once, half up, to the currency's decimals.
 *
 * <p>For example, {@code TaxRate.FRANCE.taxOn(2,061.50 EUR)} is 412.30 EUR. Rates change: the
 * constants are the standard rates in force in 2026, and {@link #of} builds any other.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country the country whose tax this is
 * @param rate the rate
 */
public record TaxRate(RegionCode country, Percentage rate) {

    /** France, standard VAT rate 20 %. */
    public static final TaxRate FRANCE = new TaxRate(RegionCode.ofCountry("FR"), Percentage.of(20));
    /** Italy, standard VAT rate 22 %. */
    public static final TaxRate ITALY = new TaxRate(RegionCode.ofCountry("IT"), Percentage.of(22));
    /** Germany, standard VAT rate 19 %. */
    public static final TaxRate GERMANY = new TaxRate(RegionCode.ofCountry("DE"), Percentage.of(19));
    /** Switzerland, standard VAT rate 8.1 %. */
    public static final TaxRate SWITZERLAND = new TaxRate(RegionCode.ofCountry("CH"), Percentage.of("8.1"));
    /** United States: services are commonly not taxed, 0 %. */
    public static final TaxRate UNITED_STATES = new TaxRate(RegionCode.ofCountry("US"), Percentage.ZERO);

    /**
     * Creates a tax rate.
     *
     * @throws IllegalArgumentException if {@code rate} is above 100 %
     */
    public TaxRate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(rate, "rate");
        if (rate.isGreaterThan(Percentage.ONE_HUNDRED)) {
            throw Checks.invalid("taxRate", rate, "must be <= 100%");
        }
    }

    /**
     * Obtains a tax rate.
     *
     * @param country the country
     * @param rate the rate, 0 to 100 %
     * @return the tax rate
     * @throws IllegalArgumentException if {@code rate} is above 100 %
     */
    public static TaxRate of(RegionCode country, Percentage rate) {
        return new TaxRate(country, rate);
    }

    /**
     * Returns the standard rate of the country of {@code region}, among the constants of this
     * class.
     *
     * <p>For example, {@code TaxRate.standardFor(RegionCode.parse("FR-69"))} is {@link #FRANCE}.
     *
     * @param region a country or a subdivision of one
     * @return the standard rate, or empty for a country without a constant here
     */
    public static Optional<TaxRate> standardFor(RegionCode region) {
        Objects.requireNonNull(region, "region");
        RegionCode country = region.toCountry();
        return Stream.of(FRANCE, ITALY, GERMANY, SWITZERLAND, UNITED_STATES)
                .filter(tax -> tax.country().equals(country)).findFirst();
    }

    /**
     * Returns the tax on a tax-exclusive amount, rounded half up to the currency's decimals.
     *
     * <p>For example, 22 % of 375.00 EUR is 82.50 EUR.
     *
     * @param taxExclusive the amount before tax
     * @return the tax
     */
    public MonetaryAmount taxOn(MonetaryAmount taxExclusive) {
        Objects.requireNonNull(taxExclusive, "taxExclusive");
        BigDecimal base = taxExclusive.getNumber().numberValueExact(BigDecimal.class);
        return Amounts.of(taxOn(base, taxExclusive.getCurrency()), taxExclusive.getCurrency());
    }

    /** The one rounding of tax in the library: the rate times the base, half up to the currency's decimals. */
    BigDecimal taxOn(BigDecimal base, CurrencyUnit currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return base.multiply(rate.fraction()).setScale(scale, RoundingMode.HALF_UP);
    }
}
