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
 */
public final class DocumentReference {

    /** The longest document number. */
    public static final int MAX_NUMBER = 40;

    private final String number;
    private final LocalDate issued;
    private final Period validity; // null when the document does not expire

    private DocumentReference(String number, LocalDate issued, Period validity) {
        Checks.requireText("number", Objects.requireNonNull(number, "number"));
        if (number.length() > MAX_NUMBER || !number.equals(Checks.withoutSurroundingSpaces(number))) {
            throw Checks.invalid("number", "\"" + Checks.shortened(number) + "\"", "must be at most " + MAX_NUMBER
                    + " characters without surrounding spaces");
        }
        if (validity != null && (validity.isNegative() || validity.isZero() || validity.getYears() != 0
                || validity.toTotalMonths() > 12 || validity.getDays() > 366)) {
            throw Checks.invalid("validity", validity, "must be a positive number of days or months, at most a year, such as P30D");
        }
        this.number = number;
        this.issued = Objects.requireNonNull(issued, "issued");
        this.validity = validity;
    }

    /**
     * Obtains a reference that does not expire.
     *
     * @param number the document's number, not blank, at most {@value #MAX_NUMBER} characters
     * @param issued the day it is issued
     * @return the reference
     * @throws IllegalArgumentException if the number is blank, too long or has surrounding spaces
     */
    public static DocumentReference of(String number, LocalDate issued) {
        return new DocumentReference(number, issued, null);
    }

    /** Returns the document's number. */
    public String number() {
        return number;
    }

    /** Returns the day it is issued. */
    public LocalDate issued() {
        return issued;
    }

    /** Returns how long the offer stays open after that day, if it expires. */
    public Optional<Period> validity() {
        return Optional.ofNullable(validity);
    }

    /**
     * Returns a copy of this reference for an offer that stays open {@code validity} after its day.
     *
     * @param validity such as 30 days
     * @return the reference with that validity
     * @throws IllegalArgumentException if the validity is not a positive number of days or months, at most a year
     */
    public DocumentReference validFor(Period validity) {
        return new DocumentReference(number, issued, Objects.requireNonNull(validity, "validity"));
    }

    /** Returns the last day the offer is open, if it expires: the day of issue plus the validity. */
    public Optional<LocalDate> validUntil() {
        return validity().map(issued::plus);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentReference && number.equals(((DocumentReference) other).number)
                && issued.equals(((DocumentReference) other).issued) && Objects.equals(validity, ((DocumentReference) other).validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, issued, validity);
    }

    /** Returns the reference's parts, for example {@code DocumentReference[DEV-2025-0142, 2025-12-01, valid P30D]}. */
    @Override
    public String toString() {
        return "DocumentReference[" + number + ", " + issued + (validity == null ? "" : ", valid " + validity) + "]";
    }
}
