package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Contract;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Eight threads quoting, scheduling and rendering give exactly the single-threaded results. */
class ConcurrencyTest {

    /** One piece of work and what it produces: the quote, its invoices and its HTML. */
    private record Work(PricingContext context, Locale locale) {
        String run() {
            Quote quote = Quote.of(context, context.tier().id().value().equals("essenziale")
                    ? Samples.MILAN_RULE
                    : Samples.CATALOGUE.offer(context.tier().id()).rule());
            TaxRate tax = TaxRate.standardFor(context.site().region()).orElseThrow();
            BillingSchedule schedule = BillingSchedule.of(quote, BillingPolicy.builder().taxation(Taxation.of(tax)).build());
            RenderOptions options = RenderOptions.builder().taxation(Taxation.of(tax)).schedule(schedule).detail(RenderOptions.Detail.EXPLAINED).build();
            return quote.total().getCurrency() + " " + quote.total().getNumber() + "|" + quote.lines() + "|" + schedule.invoices() + "|"
                    + ContractDocuments.quote(quote, locale, options).render(DocumentFormat.HTML);
        }
    }

    @Test
    void eightThreads_giveTheSingleThreadedResults() throws Exception {
        List<Work> works = new ArrayList<>();
        for (Locale locale : Samples.LOCALES) {
            works.add(new Work(Samples.LYON_CONTEXT, locale));
            works.add(new Work(Samples.MILAN_CONTEXT, locale));
            works.add(new Work(PricingContext.builder().from(Samples.LYON_CONTEXT).tier(Samples.SILVER).build(), locale));
        }
        List<String> expected = works.stream().map(Work::run).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                Callable<Boolean> task = () -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < works.size(); i++) {
                            int index = (i + offset * 7 + round) % works.size();
                            if (!works.get(index).run().equals(expected.get(index))) {
                                return false;
                            }
                        }
                    }
                    return true;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameContractRenderedConcurrently_isTheSame() throws Exception {
        Contract contract = Samples.LYON_CONTRACT;
        String expected = ContractDocuments.contract(contract, Samples.LYON_QUOTE, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> renders = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                renders.add(pool.submit(() -> ContractDocuments.contract(contract, Samples.LYON_QUOTE, RenderOptions.SUMMARY)
                        .render(DocumentFormat.MARKDOWN)));
            }
            for (Future<String> render : renders) {
                assertThat(render.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
