package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.IncludedQuotas;
import io.github.servicecontract.model.RemoteHoursAllowance;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A capped rollover is a promise: the documents say how much unused time carries over. */
class AllowanceWordingTest {

    private static Quote cappedAt(Duration cap) {
        ServiceTier tier = ServiceTier.builder().from(Samples.ESSENZIALE).quotas(IncludedQuotas.builder()
                .remoteHours(RemoteHoursAllowance.of(Duration.ofHours(2), RemoteHoursAllowance.AllowancePeriod.QUARTER,
                        RemoteHoursAllowance.Rollover.CARRY_OVER).withRolloverCap(cap)).build()).build();
        return Quote.of(PricingContext.builder().from(Samples.MILAN_CONTEXT).tier(tier).build(), Samples.MILAN_RULE);
    }

    @Test
    void aCappedRollover_isWrittenWithItsCap_inEachLanguage() {
        Quote quote = cappedAt(Duration.ofMinutes(90));
        assertThat(text(quote, Locale.ITALY)).contains("il tempo non utilizzato passa al periodo successivo, fino a un massimo di 1 h 30");
        assertThat(text(quote, Locale.FRANCE)).contains("le temps non utilisé est reporté sur la période suivante, dans la limite de"
                + " 1 h 30");
        assertThat(text(quote, Locale.GERMANY)).contains("nicht genutzte Zeit wird in den nächsten Zeitraum übertragen, höchstens");
        assertThat(text(quote, Locale.US)).contains("unused time carries over to the next period, up to 1 h 30");
    }

    private static String text(Quote quote, Locale locale) {
        return Golden.normalise(ContractDocuments.quote(quote, locale, RenderOptions.SUMMARY).render(DocumentFormat.TEXT));
    }
}
