package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import org.immutables.value.Value;

/**
 * What a tier includes in its recurring fee before anything is billed: on-site visits, remote
 * support time and system updates.
 *
 * <p>For example, two on-site visits a year, two remote hours a quarter without rollover and
 * four system updates a year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IncludedQuotas {

    /** Nothing included. */
    public static final IncludedQuotas NONE = builder().build();

    IncludedQuotas() {}

    /**
     * Returns a new builder; every quota starts at zero.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** On-site visits included per year, at least zero; zero by default. */
    @Value.Default
    public int onSiteVisitsPerYear() {
        return 0;
    }

    /** Remote support time included; none by default. */
    @Value.Default
    public RemoteHoursAllowance remoteHours() {
        return RemoteHoursAllowance.NONE;
    }

    /** System or firmware updates included per year, at least zero; zero by default. */
    @Value.Default
    public int systemUpdatesPerYear() {
        return 0;
    }

    @Value.Check
    void check() {
        Checks.requireAtLeast("onSiteVisitsPerYear", onSiteVisitsPerYear(), 0);
        Checks.requireAtLeast("systemUpdatesPerYear", systemUpdatesPerYear(), 0);
    }

    /** Builds {@link IncludedQuotas}; {@link #build()} validates them. */
    public static final class Builder extends ImmutableIncludedQuotas.Builder {
        Builder() {}
    }
}
