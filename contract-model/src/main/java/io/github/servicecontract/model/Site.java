package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The location a contract covers: where it is, how far from the integrator's base, which
 * subsystems it has and the schedule of its equipment.
 *
 * <p>For example, a villa in Lyon ({@code FR-69}), 18 km from the base, with control, network,
 * lighting and audio-video subsystems and 45 devices.
 *
 * <p>Every amount of a site (equipment values and installed value) is in one currency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Site {

    Site() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The site's name as shown on the contract, for example {@code "Villa Martin, Lyon"}. */
    public abstract String name();

    /** The region whose labour and travel rates apply. */
    public abstract RegionCode region();

    /** The road distance from the integrator's base to the site. */
    public abstract Distance distanceFromBase();

    /** The subsystems present, at least one, in the order given. */
    public abstract Set<Subsystem> subsystems();

    /** The equipment schedule; every line's subsystem is one of {@link #subsystems()}. */
    public abstract List<Equipment> equipment();

    /** The installed value of the products, at least zero. */
    public abstract MonetaryAmount installedProductValue();

    /** The installed value of the installation labour, at least zero. */
    public abstract MonetaryAmount installedLabourValue();

    /** The most devices one site may have, in one equipment line or in all: no count can overflow. */
    public static final int MAX_DEVICES = 1_000_000;

    /**
     * Returns the number of devices: the sum of the equipment quantities, at most
     * {@value #MAX_DEVICES}.
     *
     * <p>For example, 6 amplifiers and 39 other devices make 45.
     *
     * @return the device count, at least zero
     * @throws IllegalArgumentException (when the site is built) if the equipment adds up to more
     *     than {@value #MAX_DEVICES} devices
     */
    @Value.Derived
    public int deviceCount() {
        long count = 0;
        for (Equipment line : equipment()) {
            count += line.quantity();
        }
        if (count > MAX_DEVICES) {
            throw Checks.invalid("deviceCount", count, "must be at most " + MAX_DEVICES + " devices in one site");
        }
        return (int) count;
    }

    /**
     * Returns the number of subsystems.
     *
     * @return the subsystem count, at least one
     */
    public int subsystemCount() {
        return subsystems().size();
    }

    /**
     * Returns the currency of every amount of this site.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return installedProductValue().getCurrency();
    }

    /**
     * Returns the total installed value: products plus labour.
     *
     * @return the installed value
     */
    public MonetaryAmount installedValue() {
        return installedProductValue().add(installedLabourValue());
    }

    /** Every attribute, the amounts written exactly (see {@link Checks#describe(Object)}). */
    @Override
    public String toString() {
        return "Site{name=" + name() + ", region=" + region() + ", distanceFromBase=" + distanceFromBase() + ", subsystems="
                + subsystems() + ", equipment=" + equipment() + ", installedProductValue=" + Checks.describe(installedProductValue())
                + ", installedLabourValue=" + Checks.describe(installedLabourValue()) + ", deviceCount=" + deviceCount() + "}";
    }

    @Value.Check
    void check() {
        Checks.requireText("name", name());
        if (subsystems().isEmpty()) {
            throw Checks.invalid("subsystems", subsystems(), "must contain at least one subsystem");
        }
        CurrencyUnit currency = currency();
        requireAmount("installedProductValue", installedProductValue(), currency);
        requireAmount("installedLabourValue", installedLabourValue(), currency);
        Set<Subsystem> unknown = new LinkedHashSet<>();
        for (int i = 0; i < equipment().size(); i++) {
            Equipment line = equipment().get(i);
            requireAmount("equipment[" + i + "].unitValue", line.unitValue(), currency);
            if (!subsystems().contains(line.subsystem())) {
                unknown.add(line.subsystem());
            }
        }
        if (!unknown.isEmpty()) {
            throw Checks.invalid("equipment subsystems", unknown, "must be listed in subsystems " + subsystems());
        }
    }

    private static void requireAmount(String field, MonetaryAmount amount, CurrencyUnit currency) {
        Checks.requireAmountInBounds(field, amount);
        if (!amount.getCurrency().equals(currency)) {
            throw Checks.invalid(field, amount, "must be in the site's currency " + currency);
        }
        if (amount.isNegative()) {
            throw Checks.invalid(field, amount, "must be >= 0");
        }
    }

    /** Builds a {@link Site}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableSite.Builder {
        Builder() {}
    }
}
