package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A range of days, both ends included, such as the window in which a consumer must be told
 * about a contract's renewal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstDay the first day of the window
 * @param lastDay the last day of the window, not before {@code firstDay}
 */
public record DateWindow(LocalDate firstDay, LocalDate lastDay) {

    /**
     * Creates a window.
     *
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
     */
    public DateWindow {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw Checks.invalid("lastDay", lastDay, "must not be before firstDay " + firstDay);
        }
    }

    /**
     * Checks if {@code day} lies in the window.
     *
     * @param day the day
     * @return true if {@code firstDay <= day <= lastDay}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
