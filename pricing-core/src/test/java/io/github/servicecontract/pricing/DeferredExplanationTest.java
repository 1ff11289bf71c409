package io.github.servicecontract.pricing;

import static io.github.servicecontract.pricing.Examples.EUR;
import static io.github.servicecontract.pricing.Examples.eur;
import static io.github.servicecontract.pricing.Examples.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.servicecontract.model.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Lines and rate-card entries keep exact decimals and write their amounts and traces only when
 * read: the values they show are the same as if they had been written eagerly.
 */
class DeferredExplanationTest {

    private static final Trace FEE = Trace.of("flat-fee", TraceStep.of(StandardTraceKey.RATE, eur("60.00")));

    private static QuoteLine.Builder fee() {
        return QuoteLine.builder().component(CostComponent.FLAT_FEE).category(QuoteLine.Category.RECURRING)
                .billing(QuoteLine.Billing.BILLED).periodicity(QuoteLine.Periodicity.MONTHLY).quantity(BigDecimal.ONE)
                .unit(Unit.SITE).unitPrice(eur("60.00")).amount(eur("720.00")).trace(FEE);
    }

    private static RateCardEntry.Builder hour() {
        return RateCardEntry.builder().component(CostComponent.ON_SITE_LABOUR).unit(Unit.HOUR).role(Role.TECHNICIAN)
                .band(TimeBand.BUSINESS_HOURS).standardPrice(eur("85.00")).price(eur("76.50")).trace(Trace.of("labour"));
    }

    @Test
    void aLine_isEqualToItsCopy_andAmountsCompareByValueWhateverTheScale() {
        QuoteLine line = fee().build();
        assertThat(QuoteLine.builder().from(line).build()).isEqualTo(line).hasSameHashCodeAs(line);
        QuoteLine sameValues = fee().unitPrice(Money.of(new BigDecimal("60"), EUR)).amount(Money.of(new BigDecimal("720.000"), EUR))
                .build();
        assertThat(sameValues).isEqualTo(line).hasSameHashCodeAs(line);
        assertThat(fee().amount(eur("0.00")).billing(QuoteLine.Billing.INCLUDED).build().hashCode())
                .isEqualTo(fee().amount(eur("0")).billing(QuoteLine.Billing.INCLUDED).build().hashCode());
        assertThat(line).isEqualTo(line).isNotEqualTo(FEE).isNotEqualTo(null)
                .isNotEqualTo(fee().component(CostComponent.SITE_FEE).build())
                .isNotEqualTo(fee().category(QuoteLine.Category.ADJUSTMENT).build())
                .isNotEqualTo(fee().billing(QuoteLine.Billing.INCLUDED).amount(eur("0.00")).build())
                .isNotEqualTo(fee().periodicity(QuoteLine.Periodicity.YEARLY).build())
                .isNotEqualTo(fee().quantity(BigDecimal.TEN).build())
                .isNotEqualTo(fee().unit(Unit.DEVICE).build())
                .isNotEqualTo(fee().unitPrice(eur("61.00")).build())
                .isNotEqualTo(fee().amount(eur("721.00")).build())
                .isNotEqualTo(fee().trace(Trace.of("flat-fee")).build());
        assertThat(line.hashCode()).as("distinct lines spread over hash codes")
                .isNotEqualTo(fee().amount(eur("721.00")).build().hashCode());
        assertThat(line.isBilled()).isTrue();
        assertThat(fee().billing(QuoteLine.Billing.INCLUDED).amount(eur("0.00")).build().isBilled()).isFalse();
        assertThat(line.currency()).isEqualTo(EUR);
        assertThat(line.toString()).isEqualTo("QuoteLine{component=flat-fee, category=RECURRING, part=FIRM, billing=BILLED, "
                + "periodicity=MONTHLY, quantity=1, unit=SITE, unitPrice=EUR 60.00, amount=EUR 720.00, "
                + "trace=flat-fee: rate=EUR 60.00}");
    }

    @Test
    void aLineBuilder_namesEveryMissingAttribute_andDefaultsToOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuoteLine.builder().build())
                .withMessage("Cannot build QuoteLine, some of required attributes are not set "
                        + "[component, category, billing, quantity, unit, unitPrice, amount, trace]");
        assertThat(fee().build().periodicity()).isEqualTo(QuoteLine.Periodicity.MONTHLY);
        assertThat(QuoteLine.builder().from(fee().build()).periodicity(QuoteLine.Periodicity.ONCE).build().periodicity())
                .isEqualTo(QuoteLine.Periodicity.ONCE);
        QuoteLine.Builder noPeriodicity = QuoteLine.builder().component(CostComponent.FLAT_FEE)
                .category(QuoteLine.Category.USAGE).part(QuotePart.FIRM).billing(QuoteLine.Billing.BILLED).quantity(BigDecimal.ONE).unit(Unit.ITEM)
                .unitPrice(eur("1.00")).amount(eur("1.00")).trace(FEE);
        assertThat(noPeriodicity.build().periodicity()).isEqualTo(QuoteLine.Periodicity.ONCE);
        assertThatThrownBy(() -> fee().unitPrice(usd("60.00")).build()).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("amount must be in the unit price's currency USD, was EUR 720.00");
        assertThatThrownBy(() -> fee().component(null)).isInstanceOf(NullPointerException.class).hasMessage("component");
    }

    @Test
    void aRateCardEntry_isEqualToItsCopy_andNamesWhatIsMissing() {
        RateCardEntry entry = hour().build();
        assertThat(RateCardEntry.builder().from(entry).build()).isEqualTo(entry).hasSameHashCodeAs(entry);
        assertThat(entry).isEqualTo(entry).isNotEqualTo(null).isNotEqualTo("entry")
                .isNotEqualTo(hour().component(CostComponent.REMOTE_LABOUR).build())
                .isNotEqualTo(hour().unit(Unit.ITEM).build())
                .isNotEqualTo(hour().role(Role.ENGINEER).build())
                .isNotEqualTo(hour().band(TimeBand.NIGHT).build())
                .isNotEqualTo(hour().standardPrice(eur("90.00")).build())
                .isNotEqualTo(hour().price(eur("76.00")).build())
                .isNotEqualTo(hour().trace(Trace.of("labour", TraceStep.of(StandardTraceKey.BAND, TimeBand.NIGHT))).build());
        assertThat(hour().role(Optional.empty()).band(Optional.empty()).build().role()).isEmpty();
        assertThat(hour().role(Optional.of(Role.ENGINEER)).build().role()).contains(Role.ENGINEER);
        assertThat(hour().band(Optional.of(TimeBand.NIGHT)).build().band()).contains(TimeBand.NIGHT);
        assertThat(entry.hashCode()).as("distinct entries spread over hash codes")
                .isNotEqualTo(hour().price(eur("76.00")).build().hashCode());
        assertThat(entry.unit()).isEqualTo(Unit.HOUR);
        assertThat(entry.currency()).isEqualTo(EUR);
        assertThat(entry.toString()).isEqualTo("RateCardEntry{component=on-site-labour, unit=HOUR, role=TECHNICIAN, "
                + "band=BUSINESS_HOURS, standardPrice=EUR 85.00, price=EUR 76.50, trace=labour: }");
        assertThat(hour().role(Optional.empty()).band(Optional.empty()).build().toString())
                .isEqualTo("RateCardEntry{component=on-site-labour, unit=HOUR, standardPrice=EUR 85.00, price=EUR 76.50, "
                        + "trace=labour: }");
        assertThatIllegalArgumentException().isThrownBy(() -> RateCardEntry.builder().unit(Unit.HOUR).build())
                .withMessage("Cannot build RateCardEntry, some of required attributes are not set "
                        + "[component, standardPrice, price, trace]");
        assertThatIllegalArgumentException().isThrownBy(() -> hour().price(eur("-1.00")).build())
                .withMessage("price must be between 0 and the standard price EUR 85.00, was EUR -1.00");
        assertThat(hour().price(eur("0.00")).build().price()).isEqualTo(eur("0"));
        assertThat(hour().price(eur("85.00")).build().price()).isEqualTo(eur("85"));
    }

    @Test
    void deferredAmounts_equalByCurrencyAndValue_withHashCodesThatTellValuesApart() {
        DeferredAmount one = DeferredAmount.of(new BigDecimal("1.50"), EUR);
        assertThat(one).isEqualTo(DeferredAmount.of(new BigDecimal("1.5"), EUR)).hasSameHashCodeAs(DeferredAmount.of(
                new BigDecimal("1.5"), EUR)).isNotEqualTo(DeferredAmount.of(new BigDecimal("1.50"), Examples.USD))
                .isNotEqualTo(DeferredAmount.of(new BigDecimal("1.51"), EUR)).isNotEqualTo(eur("1.50"));
        assertThat(one.hashCode()).isNotEqualTo(DeferredAmount.of(new BigDecimal("1.51"), EUR).hashCode())
                .isNotEqualTo(DeferredAmount.of(new BigDecimal("1.50"), Examples.USD).hashCode())
                .isNotEqualTo(DeferredAmount.of(new BigDecimal("-1.50"), EUR).hashCode());
        assertThat(DeferredAmount.of(new BigDecimal("0.00"), EUR)).hasSameHashCodeAs(DeferredAmount.of(BigDecimal.ZERO, EUR));
        assertThat(one.amount()).isEqualTo(eur("1.50")).isSameAs(one.amount());
        assertThat(one).hasToString("EUR 1.50");
        assertThat(DeferredAmount.of(new BigDecimal("-309.4025"), EUR)).hasToString("EUR -309.4025");
        assertThat(DeferredAmount.of(eur("2.00")).amount()).isEqualTo(eur("2.00"));
    }

    @Test
    void aLinesTrace_isWrittenWhenFirstRead_andOnlyOnce() {
        AtomicInteger written = new AtomicInteger();
        LineTemplate flatFee = LineTemplate.recurring(CostComponent.FLAT_FEE, QuoteLine.Periodicity.MONTHLY, Unit.SITE);
        QuoteLine line = flatFee.billed(QuotePart.FIRM, BigDecimal.ONE, EUR, new BigDecimal("60.00"), new BigDecimal("720.00"),
                () -> {
                    written.incrementAndGet();
                    return FEE;
                });
        assertThat(line.amount()).isEqualTo(eur("720.00")).isSameAs(line.amount());
        assertThat(line.unitPrice()).isEqualTo(eur("60.00")).isSameAs(line.unitPrice());
        assertThat(written).hasValue(0);
        assertThat(line.trace()).isEqualTo(FEE).isSameAs(line.trace());
        assertThat(written).hasValue(1);
        assertThat(line).isEqualTo(fee().build());
        QuoteLine broken = flatFee.billed(QuotePart.FIRM, BigDecimal.ONE, EUR, BigDecimal.ONE, BigDecimal.ONE, () -> null);
        assertThatThrownBy(broken::trace).isInstanceOf(NullPointerException.class).hasMessage("a trace supplier returned null");
    }

    @Test
    void aQuotesLinesAndRateCard_readTheSameAsTheirCopies_whoseTracesWereWrittenEagerly() {
        Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
        for (QuoteLine line : quote.lines()) {
            QuoteLine eager = QuoteLine.builder().from(line).build();
            assertThat(eager).isEqualTo(line);
            assertThat(eager.amount()).isEqualTo(Money.of(line.decimalAmount(), EUR));
        }
        for (RateCardEntry entry : quote.rateCard()) {
            assertThat(RateCardEntry.builder().from(entry).build()).isEqualTo(entry);
        }
        assertThat(quote.lines().get(0).trace().toString()).isEqualTo("flat-fee: rate=EUR 60.00, count=1, quantity=1, "
                + "per-month=EUR 60.00");
    }

    @Test
    void eightThreadsReadingOneQuotesTraces_seeTheSameTraces() throws Exception {
        List<String> expected = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE).lines().stream()
                .map(line -> line.trace().toString()).toList();
        for (int round = 0; round < 20; round++) {
            Quote quote = Quote.of(Examples.LYON_CONTEXT, Examples.LYON_GOLD_RULE);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> read = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                read.add(threads.submit(() -> {
                    start.await();
                    return quote.lines().stream().map(line -> line.trace().toString()).toList();
                }));
            }
            start.countDown();
            for (Future<List<String>> traces : read) {
                assertThat(traces.get()).isEqualTo(expected);
            }
            threads.shutdown();
        }
    }

    @Test
    void aRateTable_answersTheSame_beforeAndAfterItRemembersALookUp_andBeyondWhatItRemembers() {
        RateTable table = RateTable.builder(EUR).rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), eur("45.00"))
                .build();
        RateKey lyon = RateKey.of(CostComponent.TRIP_FEE, RegionCode.of("FR", "69"));
        RateKey berlin = RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("DE"));
        for (int i = 0; i < 2; i++) {
            assertThat(table.find(lyon)).contains(eur("45.00"));
            assertThat(table.find(berlin)).isEmpty();
        }
        for (int department = 0; department < 12_000; department++) {
            RateKey key = RateKey.of(CostComponent.TRIP_FEE, RegionCode.of("FR", Integer.toString(department, 36).toUpperCase()));
            assertThat(table.decimalRate(key)).isEqualByComparingTo("45.00");
            assertThat(table.lookUpOrNull(key.withRole(Role.TECHNICIAN))).isNull();
        }
        assertThat(table.find(lyon)).contains(eur("45.00"));
        assertThat(table).isEqualTo(RateTable.builder(EUR).rate(RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")),
                eur("45.00")).build());
    }
}
