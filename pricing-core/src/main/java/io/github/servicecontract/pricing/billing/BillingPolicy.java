package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.Taxation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a quote is turned into invoices: the taxation (tax rate and cash rounding), the billing
 * anchor day, how partial periods are prorated, where rounding residuals go, the index values
 * of an indexed escalation, and how far an open-ended contract is scheduled. Amounts before tax
 * are split in the currency's decimals.
 *
 * <p>For example, {@code BillingPolicy.builder().taxation(Taxation.standardFor(
 * RegionCode.ofCountry("CH")).orElseThrow()).build()} bills Swiss francs with 8.1 % VAT, each
 * invoice payable in multiples of 5 Rappen.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BillingPolicy {

    BillingPolicy() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The tax applied to each invoice and how payable amounts are rounded. */
    public abstract Taxation taxation();

    /**
     * The day of the month invoices fall on, 1 to 31, clamped to the end of shorter months (31
     * bills on 28 or 29 February, then 31 March); the start day of the terms by default.
     */
    public abstract Optional<Integer> anchorDay();

    /** How a partly covered period is charged; by day by default. */
    @Value.Default
    public Proration proration() {
        return Proration.BY_DAY;
    }

    /** Which instalment of a year takes the rounding residual; the last by default. */
    @Value.Default
    public Allocator.Residual residual() {
        return Allocator.Residual.LAST;
    }

    /**
     * The yearly change of the escalation index at each anniversary (1 for the first), used with
     * an indexed escalation and capped by it.
     */
    public abstract Map<Integer, Percentage> indexChanges();

    /** How many months of an open-ended contract to schedule, from 1 to {@link Term#MAX_MONTHS}; twelve by default. */
    @Value.Default
    public int openEndedMonths() {
        return 12;
    }

    @Value.Check
    void check() {
        anchorDay().ifPresent(day -> {
            if (day < 1 || day > 31) {
                throw Checks.invalid("anchorDay", day, "must be between 1 and 31");
            }
        });
        Checks.requireBetween("openEndedMonths", openEndedMonths(), 1, Term.MAX_MONTHS);
        indexChanges().keySet().forEach(anniversary -> Checks.requireAtLeast("indexChanges anniversary", anniversary, 1));
    }

    /** Builds a {@link BillingPolicy}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableBillingPolicy.Builder {
        Builder() {}
    }
}
