package io.github.servicecontract.pricing;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * Everything a pricing rule reads: the site, the tier, the terms, the rate table, the expected
 * usage, the day prices apply and the rounding.
 *
 * <p>The rate table must apply on the pricing day, and the site's amounts must be in the rate
 * table's currency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PricingContext {

    PricingContext() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The serviced site. */
    public abstract Site site();

    /** The tier being priced. */
    public abstract ServiceTier tier();

    /** The contract terms. */
    public abstract ContractTerms terms();

    /** The rates. */
    public abstract RateTable rates();

    /** The expected or actual usage; none by default. */
    @Value.Default
    public Usage usage() {
        return Usage.NONE;
    }

    /** The day whose prices apply; the start of the terms by default. */
    @Value.Default
    public LocalDate pricingDay() {
        return terms().start();
    }

    /** How amounts are rounded; each line to the currency's decimals, half up, by default. */
    @Value.Default
    public Rounding rounding() {
        return Rounding.toCurrency(rates().currency(), RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
    }

    /**
     * Returns the currency of every amount of the quote: the rate table's.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return rates().currency();
    }

    /**
     * Returns a copy of this context for another tier, as a tier comparison needs.
     *
     * @param tier the tier
     * @return the changed copy
     */
    public PricingContext withTier(ServiceTier tier) {
        return builder().from(this).tier(tier).build();
    }

    /**
     * The day after the last one usage may fall on: the end of a fixed term, or of the longest one
     * ({@link io.github.servicecontract.model.Term#MAX_MONTHS}) for an open-ended contract.
     *
     * @param terms the terms
     * @return the first day past the usage a quote prices
     */
    public static LocalDate usageEnd(ContractTerms terms) {
        Objects.requireNonNull(terms, "terms");
        return terms.endExclusive().orElseGet(() -> terms.start().plusMonths(io.github.servicecontract.model.Term.MAX_MONTHS));
    }

    @Value.Check
    void check() {
        if (!rates().isEffectiveOn(pricingDay())) {
            throw Checks.invalid("rates", rates(), "must be effective on the pricing day " + pricingDay());
        }
        Amounts.requireCurrency("site.installedProductValue", site().installedProductValue(), "the rate table's", rates().currency());
        for (int i = 0; i < usage().interventions().size(); i++) {
            LocalDate day = usage().interventions().get(i).day();
            if (day.isBefore(terms().start())) {
                throw Checks.invalid("usage.interventions[" + i + "].day", day, "must not be before the start of the terms "
                        + terms().start());
            }
            LocalDate end = usageEnd(terms());
            if (!day.isBefore(end)) {
                throw Checks.invalid("usage.interventions[" + i + "].day", day, "must be within the term, from " + terms().start()
                        + " to " + end.minusDays(1));
            }
        }
    }

    /** Builds a {@link PricingContext}; {@link #build()} validates it. */
    public static final class Builder extends ImmutablePricingContext.Builder {
        Builder() {}
    }
}
