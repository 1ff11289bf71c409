package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A multiplier derived from how complex a site is: its number of devices and subsystems.
 *
 * <p>The scale has steps, each reached at a number of devices or a number of subsystems; a site
 * takes the multiplier of the highest step it reaches, and 1x below the first. For example,
 * steps at 30 devices or 4 subsystems (1.1x) and 80 devices or 7 subsystems (1.25x) give the
 * Lyon site (45 devices, 4 subsystems) 1.1x.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplexityScale {

    private final List<Step> steps;

    private ComplexityScale(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * Obtains a scale.
     *
     * @param steps the steps, in increasing order of multiplier
     * @return the scale
     * @throws IllegalArgumentException if the steps are empty or their multipliers do not increase
     */
    public static ComplexityScale of(List<Step> steps) {
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty()) {
            throw Checks.invalid("steps", steps, "must contain at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).multiplier().compareTo(steps.get(i - 1).multiplier()) <= 0) {
                throw Checks.invalid("steps[" + i + "].multiplier", steps.get(i).multiplier(),
                        "must be greater than " + steps.get(i - 1).multiplier());
            }
        }
        return new ComplexityScale(steps);
    }

    /** Returns the steps. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns the multiplier of {@code site}.
     *
     * @param site the site
     * @return the multiplier of the highest step reached, 1x if none
     */
    public Multiplier multiplierOf(Site site) {
        Objects.requireNonNull(site, "site");
        Multiplier multiplier = Multiplier.ONE;
        for (Step step : steps) {
            if (site.deviceCount() >= step.devices() || site.subsystemCount() >= step.subsystems()) {
                multiplier = step.multiplier();
            }
        }
        return multiplier;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComplexityScale && steps.equals(((ComplexityScale) other).steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "ComplexityScale" + steps;
    }

    /**
     * A step of the scale, reached at {@code devices} devices or {@code subsystems} subsystems.
     *
     * @param devices the device count that reaches the step, at least one
     * @param subsystems the subsystem count that reaches the step, at least one
     * @param multiplier the multiplier of the step
     */
    public record Step(int devices, int subsystems, Multiplier multiplier) {

        /**
         * Creates a step.
         *
         * @throws IllegalArgumentException if a count is less than one
         */
        public Step {
            Checks.requireAtLeast("devices", devices, 1);
            Checks.requireAtLeast("subsystems", subsystems, 1);
            Objects.requireNonNull(multiplier, "multiplier");
        }
    }
}
