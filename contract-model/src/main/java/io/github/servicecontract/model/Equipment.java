package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import java.util.Objects;

/**
 * A line of a site's equipment schedule: a device model, how many are installed, what each is
 * worth and until when the manufacturer's warranty runs.
 *
 * <p>For example, six Sonos Amp amplifiers in the audio-video subsystem worth 699.00 EUR each,
 * installed on 2024-03-01 with a warranty ending on 2026-02-28.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Equipment {

    Equipment() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The manufacturer, for example {@code "Sonos"}. */
    public abstract String brand();

    /** The manufacturer's model name, for example {@code "Amp"}. */
    public abstract String model();

    /** The subsystem the devices belong to. */
    public abstract Subsystem subsystem();

    /** How many identical devices are installed, at least one; one by default. */
    @Value.Default
    public int quantity() {
        return 1;
    }

    /** The value of one device, at least zero. */
    public abstract MonetaryAmount unitValue();

    /** The day the devices were installed. */
    public abstract LocalDate installDate();

    /** The last day of the manufacturer's warranty, on or after the install date. */
    public abstract LocalDate warrantyEnd();

    /** Whether the manufacturer still supports the model; supported by default. */
    @Value.Default
    public Obsolescence obsolescence() {
        return Obsolescence.SUPPORTED;
    }

    /**
     * Returns the value of all the devices of this line: the unit value times the quantity.
     *
     * @return the line's value, in the unit value's currency
     */
    public MonetaryAmount totalValue() {
        return unitValue().multiply(quantity());
    }

    /**
     * Returns the manufacturer's warranty status on {@code day}: in warranty up to and including
     * {@link #warrantyEnd()}.
     *
     * @param day the day to check
     * @return the warranty status on that day
     */
    public WarrantyStatus warrantyStatusOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.isAfter(warrantyEnd()) ? WarrantyStatus.OUT_OF_WARRANTY : WarrantyStatus.IN_WARRANTY;
    }

    /**
     * Checks if the manufacturer no longer supports the model.
     *
     * @return true if obsolete
     */
    public boolean isObsolete() {
        return obsolescence() == Obsolescence.OBSOLETE;
    }

    /** Every attribute, the unit value written exactly (see {@link Checks#describe(Object)}). */
    @Override
    public String toString() {
        return "Equipment{brand=" + brand() + ", model=" + model() + ", subsystem=" + subsystem() + ", quantity=" + quantity()
                + ", unitValue=" + Checks.describe(unitValue()) + ", installDate=" + installDate() + ", warrantyEnd="
                + warrantyEnd() + ", obsolescence=" + obsolescence() + "}";
    }

    @Value.Check
    void check() {
        Checks.requireText("brand", brand());
        Checks.requireText("model", model());
        Checks.requireAtLeast("quantity", quantity(), 1);
        if (quantity() > Site.MAX_DEVICES) {
            throw Checks.invalid("quantity", quantity(), "must be at most " + Site.MAX_DEVICES + " devices");
        }
        Checks.requireAmountInBounds("unitValue", unitValue());
        if (unitValue().isNegative()) {
            throw Checks.invalid("unitValue", unitValue(), "must be >= 0");
        }
        if (warrantyEnd().isBefore(installDate())) {
            throw Checks.invalid("warrantyEnd", warrantyEnd(), "must not be before installDate " + installDate());
        }
    }

    /** Builds an {@link Equipment} line; {@link #build()} validates it. */
    public static final class Builder extends ImmutableEquipment.Builder {
        Builder() {}
    }
}
