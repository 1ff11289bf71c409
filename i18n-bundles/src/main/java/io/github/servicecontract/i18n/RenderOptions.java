package io.github.servicecontract.i18n;

import io.github.servicecontract.pricing.BillingSchedule;
import io.github.servicecontract.pricing.TaxRate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rendered quote or contract shows beyond its lines: the tax, the billing schedule, and
 * the explanation of every amount.
 *
 * <p>For example, {@code RenderOptions.builder().taxRate(TaxRate.FRANCE)
 * .detail(RenderOptions.Detail.EXPLAINED).build()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RenderOptions {

    /** Lines and totals before tax, no schedule, no explanation. */
    public static final RenderOptions SUMMARY = builder().build();

    RenderOptions() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The tax to show with the totals, if any. */
    public abstract Optional<TaxRate> taxRate();

    /** The invoices to show, if any. */
    public abstract Optional<BillingSchedule> schedule();

    /** Whether every amount is explained; a summary by default. */
    @Value.Default
    public Detail detail() {
        return Detail.SUMMARY;
    }

    /** How much a document explains. */
    public enum Detail {
        /** The lines and totals. */
        SUMMARY,
        /** The lines, the totals and how each amount was computed. */
        EXPLAINED
    }

    /** Builds {@link RenderOptions}. */
    public static final class Builder extends ImmutableRenderOptions.Builder {
        Builder() {}
    }
}
