package io.github.servicecontract.i18n;

import io.github.servicecontract.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies a document the integrator sends: its number in the integrator's own sequence,
 * the day it is issued and, for a proposal, how long it stays open.
 *
 * <p>For example, {@code DocumentReference.of("DEV-2026-0042", LocalDate.of(2025, 12, 1))
 * .validFor(Period.ofDays(30))}: "Devis n° DEV-2026-0042 du 1er décembre 2025, valable 30 jours,
 * jusqu’au 31 décembre 2025".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the document's number, not blank, at most 40 characters
 * @param issued the day it is issued
 * @param validity how long the offer stays open after that day, if it expires
 */
public record DocumentReference(String number, LocalDate issued, Optional<Period> validity) {

    /** The longest document number. */
    public static final int MAX_NUMBER = 40;

    /**
     * Creates a reference.
     *
     * @throws IllegalArgumentException if the number is blank or longer than {@value #MAX_NUMBER}
     *     characters, or the validity is not a positive number of days or months
     */
    public DocumentReference {
        Checks.requireText("number", Objects.requireNonNull(number, "number"));
        if (number.length() > MAX_NUMBER || !number.equals(Checks.withoutSurroundingSpaces(number))) {
            throw Checks.invalid("number", "\"" + Checks.shortened(number) + "\"", "must be at most " + MAX_NUMBER
                    + " characters without surrounding spaces");
        }
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(validity, "validity");
        validity.ifPresent(period -> {
            if (period.isNegative() || period.isZero() || period.getYears() != 0 || period.toTotalMonths() > 12
                    || period.getDays() > 366) {
                throw Checks.invalid("validity", period, "must be a positive number of days or months, at most a year, such as P30D");
            }
        });
    }

    /**
     * Obtains a reference that does not expire.
     *
     * @param number the document's number
     * @param issued the day it is issued
     * @return the reference
     */
    public static DocumentReference of(String number, LocalDate issued) {
        return new DocumentReference(number, issued, Optional.empty());
    }

    /**
     * Returns this reference for an offer that stays open {@code validity} after its day.
     *
     * @param validity such as 30 days
     * @return the reference with that validity
     */
    public DocumentReference validFor(Period validity) {
        return new DocumentReference(number, issued, Optional.of(Objects.requireNonNull(validity, "validity")));
    }

    /** Returns the last day the offer is open, if it expires: the day of issue plus the validity. */
    public Optional<LocalDate> validUntil() {
        return validity.map(issued::plus);
    }
}
