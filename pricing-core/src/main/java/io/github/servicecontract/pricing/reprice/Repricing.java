package io.github.servicecontract.pricing.reprice;

import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRule;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException;
import io.github.servicecontract.pricing.ratesheet.RateReport;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * Prices contracts under an old and a new rate sheet, for the impact of a change of rates.
 *
 * <pre>{@code
 * Repricing repricing = Repricing.between(oldSheet, newSheet);
 * RepricedContract repriced = repricing.reprice("C-1042", context, offer.rule());
 * repriced.change(); // EUR 87.00
 * }</pre>
 *
 * <p>Each sheet prices a contract on the contract's pricing day, or on the sheet's first day if the sheet starts
 * later (a new sheet from 1 January prices a contract sold in March before as it would from 1 January): each price is
 * what the sheet's rates make of the same contract, tier and usage. A sheet that cannot price a contract (a rate it
 * lacks, no rate on that day, another currency than the site's) refuses it with the reason; nothing is thrown for
 * one contract.
 *
 * <p>Both sheets are validated once, when the repricing is made; each sheet's rate table of a day its rates change is
 * built when a contract first needs it. This class is thread-safe: contracts can be priced from many threads.
 */
public final class Repricing {

    private final Sheet before;
    private final Sheet after;

    private Repricing(Sheet before, Sheet after) {
        this.before = before;
        this.after = after;
    }

    /**
     * A repricing from {@code before} to {@code after}.
     *
     * @param before the old sheet
     * @param after the new sheet, in the same currency
     * @return the repricing
     * @throws io.github.servicecontract.pricing.ratesheet.InvalidRateSheetException if a sheet has errors, with its report
     * @throws IllegalArgumentException if the sheets are in different currencies
     */
    public static Repricing between(RateSheet before, RateSheet after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.currency().equals(after.currency())) {
            throw new IllegalArgumentException("after.currency must be the old sheet's " + before.currency().getCurrencyCode()
                    + " to compare prices, was " + after.currency().getCurrencyCode());
        }
        return new Repricing(new Sheet(before), new Sheet(after));
    }

    /**
     * Prices a contract under both sheets.
     *
     * @param id the contract's identifier in the portfolio
     * @param context the contract as its quote prices it (its rates are replaced by each sheet's)
     * @param rule the pricing rule of its tier
     * @return its firm price under each sheet, or the reasons they cannot price it
     */
    public RepricedContract reprice(String id, PricingContext context, PricingRule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(rule, "rule");
        BiFunction<RateTable, LocalDate, PricingContext> priced = (rates, day) -> PricingContext.builder().from(context).rates(rates)
                .pricingDay(day).build();
        return new RepricedContract(id, before.price(context.pricingDay(), priced, rule), after.price(context.pricingDay(), priced, rule));
    }

    /**
     * Prices a contract not priced yet under both sheets, from the first day of its terms.
     *
     * @param id the contract's identifier in the portfolio
     * @param site the serviced site
     * @param tier the tier sold
     * @param terms the contract terms
     * @param usage its usage, planned or estimated
     * @param rule the pricing rule of its tier
     * @return its firm price under each sheet, or the reasons they cannot price it
     */
    public RepricedContract reprice(String id, Site site, ServiceTier tier, ContractTerms terms, Usage usage, PricingRule rule) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(rule, "rule");
        BiFunction<RateTable, LocalDate, PricingContext> priced = (rates, day) -> PricingContext.builder().site(site).tier(tier)
                .terms(terms).usage(usage).rates(rates).pricingDay(day).build();
        return new RepricedContract(id, before.price(terms.start(), priced, rule), after.price(terms.start(), priced, rule));
    }

    /** A sheet's rate tables, one per day its rates change, in order, each made when a contract first needs it. */
    private static final class Sheet {

        private final RateSheet sheet;
        private final LocalDate[] days;
        private final AtomicReferenceArray<RateTable> tables;

        Sheet(RateSheet sheet) {
            RateReport report = sheet.validate();
            if (!report.isValid()) {
                throw new InvalidRateSheetException(report);
            }
            this.sheet = sheet;
            this.days = sheet.changeDates().toArray(LocalDate[]::new);
            if (days.length == 0) {
                sheet.toRateTable(LocalDate.MIN); // a sheet without rows is refused with its report
            }
            this.tables = new AtomicReferenceArray<>(days.length);
        }

        RepricedContract.Outcome price(LocalDate contractDay, BiFunction<RateTable, LocalDate, PricingContext> context, PricingRule rule) {
            LocalDate day = contractDay.isBefore(days[0]) ? days[0] : contractDay;
            int index = Arrays.binarySearch(days, day);
            try {
                RateTable table = table(index >= 0 ? index : -index - 2);
                if (!table.isEffectiveOn(day)) {
                    return new RepricedContract.Refused("no rate of the sheet applies on " + day + ": its rates apply until "
                            + table.effectiveUntil().map(until -> until.minusDays(1).toString()).orElse("?"));
                }
                return new RepricedContract.Priced(day, Quote.of(context.apply(table, day), rule).firmPrice());
            } catch (RuntimeException e) {
                // one contract the sheet cannot price is reported with the reason, and the others go on
                return new RepricedContract.Refused(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }

        /** The table from the change day at {@code index}, made once (the sheet's report is found once too). */
        private RateTable table(int index) {
            RateTable table = tables.get(index);
            if (table == null) {
                table = sheet.toRateTable(days[index]);
                tables.compareAndSet(index, null, table);
            }
            return table;
        }
    }
}
