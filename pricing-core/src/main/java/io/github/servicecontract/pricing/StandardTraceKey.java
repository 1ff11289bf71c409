package io.github.servicecontract.pricing;

/**
 * The keys of the steps that the library's own rules write in traces, as {@code ChronoField} is
 * for {@code java.time}: {@code i18n-bundles} words each as {@code trace.<id>} in every language,
 * and its tests iterate this enum, so that no key lacks its words.
 *
 * <p>For example, {@code StandardTraceKey.BILLED_HOURS} has the id {@code billed-hours}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StandardTraceKey implements TraceKey {
    /** {@code adjustment}: the adjustment a rule made to the lines before it. */
    ADJUSTMENT,
    /** {@code allowance-used}: the part of an allowance an intervention used. */
    ALLOWANCE_USED,
    /** {@code amount}: the amount the line bills. */
    AMOUNT,
    /** {@code applied}: what a discount or rule applied to. */
    APPLIED,
    /** {@code band}: the time band the work falls in. */
    BAND,
    /** {@code band-applies-to}: whether the band's multiplier applies to the rate or to the charge. */
    BAND_APPLIES_TO,
    /** {@code band-multiplier}: the multiplier of a premium band. */
    BAND_MULTIPLIER,
    /** {@code base}: the amount a discount or percentage is taken of. */
    BASE,
    /** {@code basis}: which installed value a percentage is taken of. */
    BASIS,
    /** {@code beyond-allowance}: the time beyond an allowance. */
    BEYOND_ALLOWANCE,
    /** {@code billed-hours}: the hours billed, rounded up to the increment. */
    BILLED_HOURS,
    /** {@code billed-time}: the time billed, when it is no exact number of hours. */
    BILLED_TIME,
    /** {@code billed-updates}: the system updates billed beyond those included. */
    BILLED_UPDATES,
    /** {@code block-rounding}: how a count is rounded to blocks. */
    BLOCK_ROUNDING,
    /** {@code block-size}: the size of a block of devices. */
    BLOCK_SIZE,
    /** {@code bracket-above}: the exclusive lower bound of a bracket. */
    BRACKET_ABOVE,
    /** {@code bracket-flat}: a bracket's flat amount. */
    BRACKET_FLAT,
    /** {@code bracket-mode}: graduated or volume brackets. */
    BRACKET_MODE,
    /** {@code bracket-price}: the unit price of a bracket. */
    BRACKET_PRICE,
    /** {@code bracket-units}: the units priced in a bracket. */
    BRACKET_UNITS,
    /** {@code bracket-up-to}: the inclusive upper bound of a bracket. */
    BRACKET_UP_TO,
    /** {@code charged-distance}: the distance charged. */
    CHARGED_DISTANCE,
    /** {@code contract-year}: the year of the contract a line falls in. */
    CONTRACT_YEAR,
    /** {@code count}: what was counted. */
    COUNT,
    /** {@code day}: the day of the work or visit. */
    DAY,
    /** {@code days-covered}: the days of a period that are covered. */
    DAYS_COVERED,
    /** {@code days-in-period}: the days in a billing period. */
    DAYS_IN_PERIOD,
    /** {@code devices}: the number of devices. */
    DEVICES,
    /** {@code difference}: a difference the rounding made. */
    DIFFERENCE,
    /** {@code discount}: a discount's percentage or amount. */
    DISCOUNT,
    /** {@code distance}: the site's distance from the base. */
    DISTANCE,
    /** {@code equipment-value}: the value of the covered equipment. */
    EQUIPMENT_VALUE,
    /** {@code exact-amount}: an amount before it was rounded. */
    EXACT_AMOUNT,
    /** {@code exact-total}: a total before it was rounded. */
    EXACT_TOTAL,
    /** {@code fee}: a fee. */
    FEE,
    /** {@code free-radius}: the radius travelled free. */
    FREE_RADIUS,
    /** {@code hours}: hours of work or travel. */
    HOURS,
    /** {@code included}: why a line is included: a reason such as visit-quota. */
    INCLUDED,
    /** {@code increment}: the step time is billed in. */
    INCREMENT,
    /** {@code installed-value}: the installed value. */
    INSTALLED_VALUE,
    /** {@code legs}: one way or return. */
    LEGS,
    /** {@code maximum}: the most a rule charges. */
    MAXIMUM,
    /** {@code member-discount}: a member's discount on labour. */
    MEMBER_DISCOUNT,
    /** {@code minimum}: the least a rule charges. */
    MINIMUM,
    /** {@code minimum-charge}: the least charge of an intervention. */
    MINIMUM_CHARGE,
    /** {@code minimum-time}: the least time billed. */
    MINIMUM_TIME,
    /** {@code multiplier}: a multiplier. */
    MULTIPLIER,
    /** {@code obsolete-devices-excluded}: the obsolete devices left out. */
    OBSOLETE_DEVICES_EXCLUDED,
    /** {@code one-way}: the time of one leg. */
    ONE_WAY,
    /** {@code per-month}: the amount per month. */
    PER_MONTH,
    /** {@code percentage}: a percentage. */
    PERCENTAGE,
    /** {@code period-share}: the share of a period. */
    PERIOD_SHARE,
    /** {@code periodicity}: how often a line recurs. */
    PERIODICITY,
    /** {@code price}: a price. */
    PRICE,
    /** {@code proration}: how a period is prorated. */
    PRORATION,
    /** {@code quantity}: the quantity priced. */
    QUANTITY,
    /** {@code rate}: the rate of the table. */
    RATE,
    /** {@code rounding}: how an amount was rounded. */
    ROUNDING,
    /** {@code tax-rate}: the tax rate. */
    TAX_RATE,
    /** {@code technicians}: the number of technicians. */
    TECHNICIANS,
    /** {@code term-months}: the term in months. */
    TERM_MONTHS,
    /** {@code tickets}: the remote tickets. */
    TICKETS,
    /** {@code time}: time of work or travel, when it is no exact number of hours. */
    TIME,
    /** {@code updates}: the system updates. */
    UPDATES,
    /** {@code updates-included}: the system updates included. */
    UPDATES_INCLUDED,
    /** {@code visit}: which included visit this is. */
    VISIT,
    /** {@code visits-included}: the visits included. */
    VISITS_INCLUDED,
    /** {@code worked}: the time worked. */
    WORKED,
    /** {@code yearly-amount}: the amount per year. */
    YEARLY_AMOUNT,
    /** {@code zone-beyond}: the zone beyond the last bound. */
    ZONE_BEYOND,
    /** {@code zone-up-to}: the inclusive upper bound of a zone. */
    ZONE_UP_TO;

    private final String id = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    /**
     * Returns the key's id, the enum constant's name in lower-case words joined by hyphens.
     *
     * @return for example {@code billed-hours}
     */
    @Override
    public String id() {
        return id;
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
