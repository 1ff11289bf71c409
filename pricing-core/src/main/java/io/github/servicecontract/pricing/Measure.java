package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Site;
import java.util.Objects;

/**
 * What a recurring fee counts on a site.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Measure {
    /** The devices of the equipment schedule. */
    DEVICES(Unit.DEVICE),
    /** The subsystems. */
    SUBSYSTEMS(Unit.SUBSYSTEM),
    /** The site itself: one. */
    SITE(Unit.SITE);

    private final Unit unit;

    Measure(Unit unit) {
        this.unit = unit;
    }

    /**
     * Returns the unit of a line counting this measure.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Counts this measure on {@code site}.
     *
     * <p>For example, {@code DEVICES.countOn(site)} is its device count, 45 for the Lyon site.
     *
     * @param site the site
     * @return the count, at least zero
     */
    public int countOn(Site site) {
        Objects.requireNonNull(site, "site");
        switch (this) {
            case DEVICES:
                return site.deviceCount();
            case SUBSYSTEMS:
                return site.subsystemCount();
            default:
                return 1;
        }
    }
}
