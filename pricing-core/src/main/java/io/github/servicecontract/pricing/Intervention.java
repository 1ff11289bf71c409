package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.HolidayCalendar;
import io.github.servicecontract.model.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of service work, expected or done: remote or on site, on a day, for a time, in a
 * time band, by one or more technicians of a role.
 *
 * <p>For example, {@code Intervention.onSite(LocalDate.of(2026, 3, 14), Duration.ofMinutes(80))} is
 * a Saturday call-out of 1 h 20, priced in the Saturday band because of its day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Intervention {

    Intervention() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains an on-site intervention in business hours by one technician.
     *
     * @param day the day
     * @param worked the time worked, greater than zero
     * @return the intervention
     * @throws IllegalArgumentException if {@code worked} is not greater than zero
     */
    public static Intervention onSite(LocalDate day, Duration worked) {
        return builder().delivery(Delivery.ON_SITE).day(day).worked(worked).build();
    }

    /**
     * Obtains a remote intervention in business hours by one technician.
     *
     * @param day the day
     * @param worked the time worked, greater than zero
     * @return the intervention
     * @throws IllegalArgumentException if {@code worked} is not greater than zero
     */
    public static Intervention remote(LocalDate day, Duration worked) {
        return builder().delivery(Delivery.REMOTE).day(day).worked(worked).build();
    }

    /** Remote or on site. */
    public abstract Delivery delivery();

    /** The day of the work. */
    public abstract LocalDate day();

    /** The longest time worked in one intervention: a day. */
    public static final Duration MAX_WORKED = Duration.ofHours(24);
    /** The most technicians on one intervention. */
    public static final int MAX_TECHNICIANS = 100;

    /** The time worked by each technician, greater than zero and at most {@link #MAX_WORKED}. */
    public abstract Duration worked();

    /**
     * The time band, when one is given (an evening, a night or an emergency); without one, the
     * day decides it ({@link #bandUnder}).
     */
    public abstract Optional<TimeBand> band();

    /**
     * Returns the band the work is priced in: the band given, else its day's under
     * {@code holidays} (a Sunday or a public holiday, a Saturday, else business hours). Pricing
     * rules read it under the holidays of the tier's coverage.
     *
     * <p>For example, work on Saturday 14 March 2026 without a band is in {@link TimeBand#SATURDAY};
     * with {@code withBand(TimeBand.EMERGENCY)} it is an emergency.
     *
     * @param holidays the public holidays of the site
     * @return the band
     */
    public TimeBand bandUnder(HolidayCalendar holidays) {
        Objects.requireNonNull(holidays, "holidays");
        Optional<TimeBand> given = band();
        return given.isPresent() ? given.get() : TimeBand.ofDay(day(), holidays);
    }

    /** How many technicians, from one to {@link #MAX_TECHNICIANS}; one by default. */
    @Value.Default
    public int technicians() {
        return 1;
    }

    /** Their role; technician by default. */
    @Value.Default
    public Role role() {
        return Role.TECHNICIAN;
    }

    /**
     * Whether the work is part of the contract or only expected; planned by default. Planned work
     * is priced in the quote's {@link QuotePart#FIRM firm price} and invoiced with it; estimated
     * work is priced at the rate card as an {@link QuotePart#ESTIMATE estimate}, billed when done.
     */
    @Value.Default
    public Commitment commitment() {
        return Commitment.PLANNED;
    }

    /** The equipment worked on, if known: its brand and warranty may set the price. */
    public abstract Optional<Equipment> equipment();

    /**
     * Returns a copy in another time band.
     *
     * @param band the band
     * @return the changed copy
     */
    public Intervention withBand(TimeBand band) {
        return builder().from(this).band(band).build();
    }

    /**
     * Returns a copy that is planned or only estimated.
     *
     * <p>For example, {@code Intervention.onSite(day, Duration.ofHours(2)).withCommitment(
     * Commitment.ESTIMATED)} is a call-out the quote estimates but the schedule does not invoice.
     *
     * @param commitment planned or estimated
     * @return the changed copy
     */
    public Intervention withCommitment(Commitment commitment) {
        return builder().from(this).commitment(commitment).build();
    }

    /**
     * Returns a copy with another number of technicians.
     *
     * @param technicians at least one
     * @return the changed copy
     * @throws IllegalArgumentException if {@code technicians} is less than one
     */
    public Intervention withTechnicians(int technicians) {
        return builder().from(this).technicians(technicians).build();
    }

    /**
     * Returns a copy on a piece of equipment.
     *
     * @param equipment the equipment worked on
     * @return the changed copy
     */
    public Intervention withEquipment(Equipment equipment) {
        return builder().from(this).equipment(equipment).build();
    }

    @Value.Check
    void check() {
        if (worked().isNegative() || worked().isZero()) {
            throw Checks.invalid("worked", worked(), "must be > 0");
        }
        if (worked().compareTo(MAX_WORKED) > 0) {
            throw Checks.invalid("worked", worked(), "must be at most " + MAX_WORKED + ", the hours of one day; give longer work as"
                    + " one intervention a day");
        }
        Checks.requireBetween("technicians", technicians(), 1, MAX_TECHNICIANS);
    }

    /** Builds an {@link Intervention}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableIntervention.Builder {
        Builder() {}
    }
}
