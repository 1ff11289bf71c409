package io.github.servicecontract.i18n;

/**
 * The fixed texts of a rendered contract or quote: titles, headings, column names and phrases.
 * Each constant's name is its key in the bundles, and every bundle has every key (a test says
 * so).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TextKey {
    /** Title of a quote. */
    QUOTE_TITLE,
    /** Title of a contract summary. */
    CONTRACT_TITLE,
    /** Title of a tier comparison. */
    COMPARISON_TITLE,
    /** "Client". */
    CLIENT,
    /** "Site". */
    SITE,
    /** "Region". */
    REGION,
    /** Distance from the integrator's base; {0} the distance. */
    DISTANCE_FROM_BASE,
    /** "Service tier". */
    TIER,
    /** "Service level". */
    SERVICE_LEVEL,
    /** "Service". */
    DELIVERY,
    /** "Coverage". */
    COVERAGE,
    /** Coverage every hour of every day. */
    COVERAGE_ALL_HOURS,
    /** A coverage window; {0} days, {1} opening time, {2} closing time. */
    COVERAGE_WINDOW,
    /** A coverage window open all day on its days; {0} the days. */
    COVERAGE_ALL_DAY,
    /** Midnight as the time a coverage window closes, the end of the day. */
    MIDNIGHT,
    /** Monday to Friday. */
    WEEKDAYS,
    /** Three or more consecutive days; {0} the first, {1} the last, not Sunday. */
    DAY_RANGE,
    /** Three or more consecutive days to Sunday (Italian: "alla domenica"); {0} the first, {1} Sunday. */
    DAY_RANGE_TO_SUNDAY,
    /** Closed on public holidays. */
    CLOSED_ON_HOLIDAYS,
    /** Remote response time; {0} the duration. */
    RESPONSE_REMOTE,
    /** On-site response time; {0} the duration. */
    RESPONSE_ON_SITE,
    /** Label of a tier's remote response time, in a comparison. */
    RESPONSE_REMOTE_LABEL,
    /** Label of a tier's on-site response time, in a comparison. */
    RESPONSE_ON_SITE_LABEL,
    /** Within a time; {0} the time. */
    WITHIN,
    /** Label of the services a tier bills when used, in a comparison. */
    BILLED_WHEN_USED,
    /** "Monitoring". */
    MONITORING,
    /** Heading of what is included. */
    INCLUDED_HEADING,
    /** Heading of what is not included. */
    EXCLUDED_HEADING,
    /** Heading of the firm price's lines. */
    FIRM_PRICE_HEADING,
    /** Heading of the one-off charges, and their subtotal. */
    ONE_OFF_HEADING,
    /** Heading of the estimate of services billed when used. */
    ESTIMATE_HEADING,
    /** What the estimate is: priced at the rate card, billed only when provided, not in the firm price. */
    ESTIMATE_INTRO,
    /** Column: what a line is for. */
    COLUMN_ITEM,
    /** Column: quantity. */
    COLUMN_QUANTITY,
    /** Column: unit price. */
    COLUMN_UNIT_PRICE,
    /** Column: amount. */
    COLUMN_AMOUNT,
    /** Column: included or billed. */
    COLUMN_BILLING,
    /** A line included in the tier. */
    INCLUDED,
    /** A billed line. */
    BILLED,
    /** Per month suffix of a unit price. */
    PER_MONTH,
    /** Per year suffix of a unit price. */
    PER_YEAR,
    /** The firm price per billing period; {0} the frequency's words. */
    FIRM_PRICE_PER_PERIOD,
    /** The firm price per year. */
    FIRM_PRICE_PER_YEAR,
    /** Total before tax. */
    TOTAL_EXCLUDING_TAX,
    /** A tax whose country has no name for it in the bundles ({@code tax.<country>}); {0} the rate. */
    TAX,
    /** Total with tax. */
    TOTAL_INCLUDING_TAX,
    /** The cash rounding of a payable amount. */
    CASH_ROUNDING,
    /** The estimate's total before tax. */
    ESTIMATE_EXCLUDING_TAX,
    /** The estimate's total with tax. */
    ESTIMATE_INCLUDING_TAX,
    /** A year's firm price, one-off charges and estimate together, before tax (the label says so). */
    TOTAL_EXPECTED,
    /** Heading of the on-demand rate card. */
    RATE_CARD_HEADING,
    /** Explanation of the rate card. */
    RATE_CARD_INTRO,
    /** The rate card's introduction when no price differs from the standard one. */
    RATE_CARD_INTRO_STANDARD,
    /** The rate card's price column when no price differs from the standard one. */
    COLUMN_PRICE,
    /** Column: service. */
    COLUMN_SERVICE,
    /** Column: standard price. */
    COLUMN_STANDARD_PRICE,
    /** Column: the client's price. */
    COLUMN_YOUR_PRICE,
    /** A line of a bracket that ends at a count; {0} the item, {1} the count. */
    ITEM_BRACKET_UP_TO,
    /** A line of the open bracket, beyond a count; {0} the item, {1} the count. */
    ITEM_BRACKET_ABOVE,
    /** The flat amount of a bracket reached beyond a count; {0} the item, {1} the count. */
    ITEM_BRACKET_FLAT_ABOVE,
    /** The flat amount of the first bracket; {0} the item. */
    ITEM_BRACKET_FLAT,
    /** A dated line's item; {0} the item, {1} its day. */
    ITEM_ON_DAY,
    /** A percentage line's item; {0} the item, {1} the percentage of its base. */
    ITEM_PERCENTAGE_OF,
    /** A percentage of a base; {0} the percentage, {1} the base. */
    PERCENTAGE_OF,
    /** A monthly fee over a year; {0} per month, {1} the year's amount. */
    TWELVE_MONTHS,
    /** An allowance; {0} the clause, {1} its period, {2} what happens to unused time. */
    ALLOWANCE,
    /** Unused time carried over up to a cap; {0} the cap. */
    ROLLOVER_CAPPED,
    /** A quote's number and date; {0} the number, {1} the date. */
    QUOTE_REFERENCE,
    /** A contract's number and date; {0} the number, {1} the date. */
    CONTRACT_REFERENCE,
    /** A statement's number and date; {0} the number, {1} the date. */
    STATEMENT_REFERENCE,
    /** An amendment's number and date; {0} the number, {1} the date. */
    AMENDMENT_REFERENCE,
    /** The title of a contract amendment. */
    AMENDMENT_TITLE,
    /** When an amendment takes effect; {0} the day. */
    AMENDMENT_EFFECTIVE,
    /** The day a change was asked for; {0} the day. */
    AMENDMENT_REQUESTED,
    /** What changes; {0} what, {1} before, {2} after. */
    AMENDMENT_CHANGE,
    /** The label of the devices covered. */
    AMENDMENT_DEVICES,
    /** The heading of an amendment's adjustment. */
    AMENDMENT_ADJUSTMENT_HEADING,
    /** The credit of an amendment; {0} the period. */
    AMENDMENT_CREDIT,
    /** The charge of an amendment; {0} the period. */
    AMENDMENT_CHARGE,
    /** An amendment at the start of a period. */
    AMENDMENT_NO_ADJUSTMENT,
    /** The heading of the invoices from an amendment on. */
    AMENDMENT_INVOICES_HEADING,
    /** That the rest of the contract is unchanged. */
    AMENDMENT_OTHERWISE,
    /** A negative adjustment; {0} the invoice number, {1} its date, {2} the amount with tax. */
    AMENDMENT_CREDIT_NOTE,
    /** The title of a cancellation's confirmation. */
    CANCELLATION_TITLE,
    /** The last day served; {0} the day. */
    CANCELLATION_LAST_DAY,
    /** The refund of days already invoiced; {0} the period. */
    CANCELLATION_REFUND,
    /** The early-termination fee. */
    CANCELLATION_FEE,
    /** A cancellation owing the client; {0} the invoice number, {1} its date, {2} the amount with tax. */
    CANCELLATION_CREDIT_NOTE,
    /** That nothing is invoiced after a cancellation. */
    CANCELLATION_NOTHING_AFTER,
    /** The title of a period statement. */
    STATEMENT_TITLE,
    /** The period of a statement; {0} its first day, {1} its last. */
    STATEMENT_PERIOD,
    /** The heading of a statement's work. */
    STATEMENT_WORK_HEADING,
    /** A statement without work. */
    STATEMENT_NO_WORK,
    /** What a statement bills, before its table. */
    STATEMENT_INTRO,
    /** That a statement is not an invoice. */
    STATEMENT_NOT_INVOICE,
    /** A statement column: the price at the rate card. */
    COLUMN_VALUE,
    /** A statement column: what allowances covered. */
    COLUMN_COVERED,
    /** A statement column: what is billed. */
    COLUMN_BILLED_AMOUNT,
    /** What the tier covered of a line; {0} how much. */
    COVER_TIER,
    /** What a bank of hours covered; {0} the time. */
    COVER_BANK,
    /** What a retainer covered; {0} the amount. */
    COVER_RETAINER,
    /** What a pack of tickets covered; {0} how many. */
    COVER_TICKETS,
    /** Time beyond a bank of hours, billed at its own rate; {0} the item. */
    ITEM_OVERAGE,
    /** A statement's work at the rate card. */
    STATEMENT_VALUE_TOTAL,
    /** What a statement's allowances covered. */
    STATEMENT_COVERED_TOTAL,
    /** The heading of a statement's balances. */
    BALANCES_HEADING,
    /** The table of included remote time. */
    REMOTE_TIME_BALANCE,
    /** A balance column: what the period starts with. */
    COLUMN_AVAILABLE,
    /** A balance column: what was used. */
    COLUMN_USED,
    /** A balance column: what is left. */
    COLUMN_LEFT,
    /** A balance column: what carries over. */
    COLUMN_CARRIED,
    /** A balance column: what is lost. */
    COLUMN_LAPSED,
    /** A balance column: the prepayment. */
    COLUMN_PREPAYMENT,
    /** A balance column: what was left at the start. */
    COLUMN_OPENING,
    /** A balance column: what is left at the end. */
    COLUMN_CLOSING,
    /** A bank of hours; {0} its hours, {1} its last day. */
    PREPAID_BANK,
    /** A retainer; {0} its amount, {1} its last day. */
    PREPAID_RETAINER,
    /** A pack of tickets; {0} how many, {1} its last day. */
    PREPAID_TICKETS,
    /** How long an offer stays open; {0} the validity, {1} its last day. */
    VALID_UNTIL,
    /** A telephone number; {0} the number. */
    PHONE,
    /** An e-mail address; {0} the address. */
    EMAIL,
    /** Heading of the covered equipment. */
    EQUIPMENT_HEADING,
    /** Column of a device: brand and model. */
    COLUMN_EQUIPMENT,
    /** Column of a device's subsystem. */
    COLUMN_SUBSYSTEM,
    /** Column of the manufacturer's warranty. */
    COLUMN_WARRANTY,
    /** A warranty running on the contract's first day; {0} its last day. */
    WARRANTY_UNTIL,
    /** A warranty ended before the contract's first day; {0} its last day. */
    WARRANTY_ENDED,
    /** Invoices payable on receipt. */
    PAYMENT_ON_RECEIPT,
    /** Invoices payable within a term; {0} the term. */
    PAYMENT_WITHIN,
    /** Column of an invoice's due date. */
    COLUMN_DUE,
    /** How to cancel; {0} the integrator's name and address. */
    CANCEL_BY_LETTER,
    /** How to cancel; {0} the integrator's name and address, {1} its e-mail. */
    CANCEL_BY_LETTER_OR_EMAIL,
    /** Heading of how to reach support. */
    SUPPORT_HEADING,
    /** When support answers; {0} the hours of coverage. */
    SUPPORT_HOURS,
    /** Support by telephone; {0} the number. */
    SUPPORT_PHONE,
    /** Support by e-mail; {0} the address. */
    SUPPORT_EMAIL,
    /** Heading of the acceptance block. */
    ACCEPTANCE_HEADING,
    /** Above the signatures. */
    ACCEPTANCE_INTRO,
    /** Who signs for the client; {0} the client's name. */
    SIGNATORY_CLIENT,
    /** Who signs for a client not named. */
    SIGNATORY_CLIENT_UNNAMED,
    /** Who signs for the integrator; {0} its name. */
    SIGNATORY_INTEGRATOR,
    /** Who signs for an integrator not named. */
    SIGNATORY_INTEGRATOR_UNNAMED,
    /** Blank for the place of signature. */
    SIGN_PLACE,
    /** Blank for the date of signature. */
    SIGN_DATE,
    /** Blank for the signature. */
    SIGN_SIGNATURE,
    /** A page number; {0} the page, {1} the number of pages. */
    PAGE_OF,
    /** The date of a letter; {0} the day. */
    NOTICE_DATED,
    /** The last day to object to a renewal, in a box; {0} the day. */
    RENEWAL_DEADLINE_BOX,
    /** How to object when no integrator is named. */
    RENEWAL_HOW_TO_OBJECT,
    /** The salutation of a letter to the client. */
    RENEWAL_NOTICE_SALUTATION,
    /** The closing of a letter to the client. */
    RENEWAL_NOTICE_CLOSING,
    /** A French consumer's reminder sent outside the window of article L. 215-1; {0} and {1} the window's first and last days. */
    RENEWAL_NOTICE_OUTSIDE_FRENCH_WINDOW,
    /** A French consumer's notice sent after the window of article L. 215-1; {0} and {1} the window, {2} the renewal date. */
    RENEWAL_NOTICE_LATE_FRENCH,
    /** Heading of the specific approval of onerous clauses (Italy). */
    APPROVAL_HEADING,
    /** The approval of onerous clauses; {0} the clauses. */
    APPROVAL_INTRO,
    /** The tacit-renewal clause to approve; {0} the term, {1} the notice. */
    APPROVAL_TACIT_RENEWAL,
    /** The price-revision clause to approve. */
    APPROVAL_ESCALATION,
    /** The exclusions to approve. */
    APPROVAL_EXCLUSIONS,
    /** An approved clause: early termination against a fee. */
    APPROVAL_EARLY_TERMINATION,
    /** Below a comparison, what every tier has alike; {0} the labelled values. */
    SAME_FOR_EVERY_TIER,
    /** An included visit whose travel is billed; {0} the item. */
    ITEM_INCLUDED_TRAVEL_BILLED,
    /** A rate-card service in a time band; {0} the service, {1} the band. */
    SERVICE_IN_BAND,
    /** A distance rate beyond the distance travelled free; {0} the service, {1} the free distance, {2} one way or return. */
    SERVICE_BEYOND_RADIUS,
    /** Price per unit; {0} the price, {1} the unit's words. */
    PRICE_PER_UNIT,
    /** Heading of the billing schedule. */
    SCHEDULE_HEADING,
    /** What the tier bills when used, which the invoices do not include; {0} the services. */
    SCHEDULE_BILLED_WHEN_USED,
    /** Below the invoices of an open-ended contract; {0} the first day not scheduled. */
    SCHEDULE_CONTINUES,
    /** Column: invoice number. */
    COLUMN_INVOICE,
    /** Column: issue date. */
    COLUMN_ISSUED,
    /** Column: period covered. */
    COLUMN_PERIOD,
    /** Column: total. */
    COLUMN_TOTAL,
    /** A period from {0} to {1}. */
    PERIOD,
    /** Heading of the terms. */
    TERMS_HEADING,
    /** Start of the contract; {0} the date. */
    TERM_START,
    /** A fixed term; {0} the number of months. */
    TERM_MONTHS,
    /** An open-ended term. */
    TERM_OPEN_ENDED,
    /** Automatic renewal; {0} the renewal date. */
    RENEWAL_AUTOMATIC,
    /** Renewal for an open-ended term: none needed. */
    RENEWAL_NOT_APPLICABLE,
    /** No renewal; {0} the last day. */
    RENEWAL_NONE,
    /** Cancellation notice; {0} the notice in words. */
    NOTICE,
    /** Cancellation notice of a term that renews; {0} the notice, {1} the last day to cancel. */
    NOTICE_DEADLINE,
    /** Heading of a renewal notice. */
    RENEWAL_NOTICE_TITLE,
    /** A renewal notice's term; {0} its last day, {1} the renewal date, {2} the renewed term in words. */
    RENEWAL_NOTICE_TERM,
    /** A renewal notice's deadline; {0} the last day to cancel, {1} the notice in words. */
    RENEWAL_NOTICE_CANCEL,
    /** A renewal notice's legal basis, for a site in France. */
    RENEWAL_NOTICE_FRENCH_LAW,
    /** Billing frequency; {0} the frequency's words. */
    BILLING,
    /** Prepay discount; {0} the percentage. */
    PREPAY_DISCOUNT,
    /** No price rise. */
    ESCALATION_NONE,
    /** Fixed yearly rise; {0} the rate, {1} the notice in words. */
    ESCALATION_FIXED,
    /** Indexed yearly rise; {0} the index, {1} the cap, {2} the notice in words. */
    ESCALATION_INDEXED,
    /** Ending before the term for a fixed fee; {0} the fee. */
    EARLY_TERMINATION_FEE,
    /** Ending before the term for a share of the firm price left; {0} the share. */
    EARLY_TERMINATION_SHARE,
    /** Heading of the explanations. */
    EXPLANATION_HEADING,
    /** Column: a tier of a comparison. */
    COLUMN_TIER,
    /** A number of months; {0} the months. */
    MONTHS,
    /** A number of days; {0} the days. */
    DAYS,
    /** A number of hours; {0} the hours. */
    HOURS,
    /** A number of minutes; {0} the minutes. */
    MINUTES,
    /** "and", joining the last two items of a list. */
    AND,
    /** A multiplier; {0} the factor. */
    MULTIPLIER,
    /** Yes. */
    YES,
    /** No. */
    NO;

    /**
     * Returns the key of this text in the bundles.
     *
     * @return the constant's name
     */
    public String key() {
        return name();
    }
}
