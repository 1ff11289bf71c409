package io.github.servicecontract.i18n;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rendered quote or contract shows beyond its lines: who issues it, its number and
 * validity, the client it is addressed to, the tax, the billing schedule, and the explanation of
 * every amount.
 *
 * <p>For example, {@code RenderOptions.builder().taxation(Taxation.of(TaxRate.FRANCE))
 * .detail(RenderOptions.Detail.EXPLAINED).build()}. A document's totals and its invoices are
 * taxed alike: with a schedule, the taxation is the schedule's.
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

    /** The tax and cash rounding to show with the totals, if any: the billing schedule's, when there is one. */
    public abstract Optional<Taxation> taxation();

    /** The taxation of the totals: the one given, else the schedule's. */
    Optional<Taxation> totalsTaxation() {
        return taxation().or(() -> schedule().map(BillingSchedule::taxation));
    }

    /**
     * The integrator issuing the document, if it is to be named: its name, address and
     * registration numbers head the document, its contact details say how to reach support and
     * where to send a cancellation, and it signs the acceptance block.
     */
    public abstract Optional<Integrator> issuer();

    /** The document's number, date and validity, if it has them. */
    public abstract Optional<DocumentReference> reference();

    /**
     * The client a quote is addressed to, if it is to be named; a contract names its own client
     * (this one, if given, must be the same).
     */
    public abstract Optional<Client> client();

    /** The invoices to show, if any. */
    public abstract Optional<BillingSchedule> schedule();

    /** Whether every amount is explained; a summary by default. */
    @Value.Default
    public Detail detail() {
        return Detail.SUMMARY;
    }

    @Value.Check
    void check() {
        if (taxation().isPresent() && schedule().isPresent() && !taxation().get().equals(schedule().get().taxation())) {
            throw new IllegalArgumentException("taxation must be the schedule's " + schedule().get().taxation()
                    + " (a document's totals and invoices are taxed alike), was " + taxation().get());
        }
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
