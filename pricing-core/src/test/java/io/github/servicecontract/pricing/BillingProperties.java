package io.github.servicecontract.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Escalation;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RenewalDates;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.pricing.billing.Allocator;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.billing.Invoice;
import io.github.servicecontract.pricing.billing.Proration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BillingProperties {

    private static final Gen<BillingFrequency> FREQUENCIES = Generate.enumValues(BillingFrequency.class);

    private static Gen<LocalDate> starts() {
        return longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    @Test
    void theTermRunningOnADay_containsIt_andStartsAWholeNumberOfTermsAfterTheStart() {
        // days around the ends of terms, where months of different lengths make the count slip
        qt().forAll(starts(), integers().between(1, 36), integers().between(0, 40), integers().between(-3, 3))
                .assuming((start, months, term, slip) -> term > 0 || slip >= 0).checkAssert((start, months, term, slip) -> {
            ContractTerms terms = ContractTerms.builder().start(start).term(Term.ofMonths(months))
                    .cancellationNotice(Period.ofDays(1)).build();
            LocalDate day = start.plusMonths((long) term * months).plusDays(slip);
            RenewalDates dates = RenewalDates.of(terms, day);
            LocalDate renewal = dates.renewalDate().orElseThrow();
            assertThat(dates.startOfTerm()).isBeforeOrEqualTo(day);
            assertThat(renewal).isAfter(day);
            // MONTHS.between counts one month fewer than plusMonths reaches where the start's day is past a month's end
            long counted = ChronoUnit.MONTHS.between(start, dates.startOfTerm()) / months;
            assertThat(LongStream.of(counted, counted + 1)).as("the term is a whole number of terms after the start")
                    .anyMatch(k -> start.plusMonths(k * months).equals(dates.startOfTerm())
                            && start.plusMonths((k + 1) * months).equals(renewal));
            assertThat(dates.endOfTerm()).isEqualTo(renewal.minusDays(1));
            assertThat(dates.lastDayToCancel()).contains(renewal.minusDays(1));
        });
    }

    @Test
    void allocationNeverLosesACent() {
        Gen<CurrencyUnit> currencies = Generate.pick(List.of("EUR", "USD", "JPY", "BHD", "CHF")).map((String c) -> Monetary.getCurrency(c));
        qt().forAll(currencies, longs().between(-100_000_000, 100_000_000), integers().between(1, 120),
                Generate.enumValues(Allocator.Residual.class)).checkAssert((currency, minor, parts, residual) -> {
                    int scale = currency.getDefaultFractionDigits();
                    BigDecimal amount = BigDecimal.valueOf(minor, scale);
                    Rounding rounding = Rounding.toCurrency(currency, RoundingMode.HALF_UP, Rounding.Step.PER_LINE);
                    List<MonetaryAmount> shares = Allocator.of(rounding, residual)
                            .split(Examples.money(amount.toPlainString(), currency), parts);
                    assertThat(shares).hasSize(parts);
                    BigDecimal sum = shares.stream().map(BillingProperties::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum).isEqualByComparingTo(amount);
                    assertThat(shares).allSatisfy(share -> {
                        assertThat(share.getCurrency()).isEqualTo(currency);
                        assertThat(decimal(share).signum() * amount.signum()).isGreaterThanOrEqualTo(0);
                        assertThat(rounding.isRounded(decimal(share))).isTrue();
                    });
                    List<MonetaryAmount> regular = residual == Allocator.Residual.LAST ? shares.subList(0, parts - 1)
                            : shares.subList(1, parts);
                    assertThat(regular.stream().distinct().count()).isLessThanOrEqualTo(1);
                });
    }

    @Test
    void swissInstalmentsAreAllMultiplesOfFiveRappen() {
        Rounding cash = BillingTest.FIVE_RAPPEN;
        qt().forAll(longs().between(0, 2_000_000), integers().between(1, 24)).checkAssert((fives, parts) -> {
            BigDecimal amount = BigDecimal.valueOf(fives * 5, 2);
            List<MonetaryAmount> shares = Allocator.of(cash, Allocator.Residual.LAST)
                    .split(Examples.money(amount.toPlainString(), Examples.CHF), parts);
            assertThat(shares).allSatisfy(share -> assertThat(cash.isRounded(decimal(share))).isTrue());
        });
    }

    @Test
    void proratingAWholePeriodGivesThePeriodPrice() {
        qt().forAll(longs().between(0, 10_000_000), integers().between(1, 400), Generate.enumValues(Proration.class))
                .checkAssert((cents, days, proration) -> {
                    BigDecimal price = BigDecimal.valueOf(cents, 2);
                    assertThat(proration.apply(price, days, days, BillingTest.CENTS)).isEqualByComparingTo(price);
                    assertThat(Proration.BY_DAY.apply(price, days - 1, days, BillingTest.CENTS)).isLessThanOrEqualTo(price);
                });
    }

    @Test
    void theScheduleSumsToTheContractTotalExactly() {
        qt().forAll(starts(), FREQUENCIES, integers().between(1, 4), longs().between(0, 500_000)).checkAssert((start, frequency, years, cents) -> {
            ContractTerms terms = ContractTerms.builder().start(start).term(Term.ofYears(years)).billingFrequency(frequency)
                    .escalation(Escalation.fixed(Percentage.of("2.5"), Period.ofMonths(1))).build();
            Quote quote = BillingTest.flatFeeQuote(BigDecimal.valueOf(cents, 2).toPlainString(), terms);
            BillingSchedule schedule = BillingSchedule.of(quote, BillingTest.FRENCH_VAT);
            BigDecimal contractTotal = schedule.yearlyAmounts().stream().limit(years).map(BillingProperties::decimal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(decimal(schedule.totalExcludingTax())).isEqualByComparingTo(contractTotal);
            assertThat(schedule.invoices()).hasSize(years * frequency.periodsPerYear());
            BigDecimal withTax = schedule.invoices().stream().map(i -> decimal(i.total())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(decimal(schedule.totalIncludingTax())).isEqualByComparingTo(withTax);
        });
    }

    @Test
    void escalatedAmountsNeverDecreaseWithAPositiveRate() {
        qt().forAll(integers().between(0, 1500), longs().between(0, 500_000), integers().between(2, 5)).checkAssert((basisPoints, cents, years) -> {
            ContractTerms terms = ContractTerms.builder().start(LocalDate.of(2026, 1, 1)).term(Term.ofYears(years))
                    .billingFrequency(BillingFrequency.ANNUAL)
                    .escalation(Escalation.fixed(Percentage.of(BigDecimal.valueOf(basisPoints, 2)), Period.ofMonths(1))).build();
            BillingSchedule schedule = BillingSchedule.of(BillingTest.flatFeeQuote(BigDecimal.valueOf(cents, 2).toPlainString(), terms),
                    BillingTest.FRENCH_VAT);
            List<Invoice> invoices = schedule.invoices();
            for (int i = 1; i < invoices.size(); i++) {
                assertThat(invoices.get(i).firm()).isGreaterThanOrEqualTo(invoices.get(i - 1).firm());
            }
        });
    }

    @Test
    void invoiceDatesStrictlyIncreaseAndPeriodsNeverOverlap() {
        qt().forAll(starts(), FREQUENCIES, integers().between(1, 40), integers().between(1, 31)).checkAssert((start, frequency, months, anchor) -> {
            ContractTerms terms = ContractTerms.builder().start(start).term(Term.ofMonths(months)).billingFrequency(frequency)
                    .cancellationNotice(Period.ZERO).build();
            BillingSchedule schedule = BillingSchedule.of(BillingTest.flatFeeQuote("56.00", terms),
                    BillingPolicy.builder().from(BillingTest.FRENCH_VAT).anchorDay(anchor).build());
            List<Invoice> invoices = schedule.invoices();
            assertThat(invoices.get(0).covers().firstDay()).isEqualTo(start);
            assertThat(invoices.get(invoices.size() - 1).covers().lastDay()).isEqualTo(start.plusMonths(months).minusDays(1));
            for (int i = 1; i < invoices.size(); i++) {
                assertThat(invoices.get(i).issued()).isAfter(invoices.get(i - 1).issued());
                assertThat(invoices.get(i).covers().firstDay()).isEqualTo(invoices.get(i - 1).covers().lastDay().plusDays(1));
            }
        });
    }
}
