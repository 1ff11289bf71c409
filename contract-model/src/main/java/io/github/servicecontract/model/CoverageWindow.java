package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a tier's service is available: the days of the week, the hours of each such day, the
 * time zone they are read in, and whether public holidays are covered.
 *
 * <p>For example, {@code CoverageWindow.businessHours(ZoneId.of("Europe/Paris"),
 * HolidayCalendar.national(RegionCode.ofCountry("FR")))} covers Monday to Friday, 08:00 to
 * 17:00, closed on French public holidays.
 *
 * <p>A window whose {@link #closes()} is midnight runs to the end of the day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverageWindow {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    CoverageWindow() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains business hours: Monday to Friday, 08:00 to 17:00, closed on holidays.
     *
     * @param zone the time zone of the site
     * @param holidays the public holidays
     * @return the window
     */
    public static CoverageWindow businessHours(ZoneId zone, HolidayCalendar holidays) {
        return weekdays(LocalTime.of(17, 0), zone, holidays);
    }

    /**
     * Obtains extended hours: Monday to Friday, 08:00 to 20:00, closed on holidays.
     *
     * @param zone the time zone of the site
     * @param holidays the public holidays
     * @return the window
     */
    public static CoverageWindow extendedHours(ZoneId zone, HolidayCalendar holidays) {
        return weekdays(LocalTime.of(20, 0), zone, holidays);
    }

    /**
     * Obtains round-the-clock cover: every day, all day, holidays included (24/7/365).
     *
     * @param zone the time zone of the site
     * @param holidays the public holidays (all covered)
     * @return the window
     */
    public static CoverageWindow allHours(ZoneId zone, HolidayCalendar holidays) {
        return builder().days(EnumSet.allOf(DayOfWeek.class)).opens(LocalTime.MIDNIGHT).closes(LocalTime.MIDNIGHT)
                .zone(zone).holidays(holidays).holidayCover(HolidayCover.OPEN).build();
    }

    private static CoverageWindow weekdays(LocalTime closes, ZoneId zone, HolidayCalendar holidays) {
        return builder().days(WEEKDAYS).opens(EIGHT).closes(closes).zone(zone).holidays(holidays)
                .holidayCover(HolidayCover.CLOSED).build();
    }

    /** The days of the week covered, at least one. */
    public abstract Set<DayOfWeek> days();

    /** The time cover starts on each covered day. */
    public abstract LocalTime opens();

    /** The time cover ends on each covered day, exclusive; midnight means the end of the day. */
    public abstract LocalTime closes();

    /** The time zone the hours are read in. */
    public abstract ZoneId zone();

    /** The public holidays of the site's region. */
    public abstract HolidayCalendar holidays();

    /** Whether public holidays are covered. */
    public abstract HolidayCover holidayCover();

    /**
     * Checks if the window covers the instant {@code when}, read in this window's zone.
     *
     * <p>For example, business hours cover a Tuesday at 16:59 but not at 17:00.
     *
     * @param when the moment to check
     * @return true if covered
     */
    public boolean covers(ZonedDateTime when) {
        Objects.requireNonNull(when, "when");
        LocalDateTime local = when.withZoneSameInstant(zone()).toLocalDateTime();
        if (!days().contains(local.getDayOfWeek())) {
            return false;
        }
        if (holidayCover() == HolidayCover.CLOSED && holidays().isHoliday(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(opens()) && (isOpenToMidnight() || time.isBefore(closes()));
    }

    /**
     * Checks if this window covers every hour of every day, holidays included.
     *
     * @return true for 24/7/365 cover
     */
    public boolean isAllHours() {
        return days().size() == 7 && opens().equals(LocalTime.MIDNIGHT) && isOpenToMidnight()
                && holidayCover() == HolidayCover.OPEN;
    }

    private boolean isOpenToMidnight() {
        return closes().equals(LocalTime.MIDNIGHT);
    }

    @Value.Check
    void check() {
        if (days().isEmpty()) {
            throw Checks.invalid("days", days(), "must contain at least one day");
        }
        if (!isOpenToMidnight() && !closes().isAfter(opens())) {
            throw Checks.invalid("closes", closes(), "must be after opens " + opens() + " (or midnight for the end of the day)");
        }
    }

    /** Whether a coverage window is open on public holidays. */
    public enum HolidayCover {
        /** Closed on public holidays. */
        CLOSED,
        /** Open on public holidays as on any other covered day. */
        OPEN
    }

    /** Builds a {@link CoverageWindow}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableCoverageWindow.Builder {
        Builder() {}
    }
}
