package io.github.servicecontract.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.servicecontract.pricing.Quote;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** The JSON example of README.md, verbatim, on DOMAIN.md example 1, so that the README stays true. */
class ReadmeJsonTest {

    @Test
    void readmeJson_writesTheQuote_andReadsAnAmount() throws Exception {
        Quote quote = JsonSamples.lyonGold();

        ObjectMapper mapper = new ObjectMapper().registerModule(new ServiceContractModule());
        String json = mapper.writeValueAsString(quote);
        // {"tier":"gold","currency":"EUR","pricingDay":"2026-01-01",
        //  "firmPrice":{"amount":"2061.50","currency":"EUR"},"totalWithEstimate":{"amount":"2061.50","currency":"EUR"},
        //  "parts":[{"part":"FIRM","subtotal":{"amount":"2061.50","currency":"EUR"}}],"lines":[...],"rateCard":[...]}
        MonetaryAmount price = mapper.readValue("{\"amount\": \"2061.50\", \"currency\": \"EUR\"}", MonetaryAmount.class);

        assertThat(json).startsWith("{\"tier\":\"gold\",\"currency\":\"EUR\",\"pricingDay\":\"2026-01-01\","
                + "\"firmPrice\":{\"amount\":\"2061.50\",\"currency\":\"EUR\"},\"totalWithEstimate\":{\"amount\":\"2061.50\",\"currency\":\"EUR\"},"
                + "\"parts\":[{\"part\":\"FIRM\",\"subtotal\":{\"amount\":\"2061.50\",\"currency\":\"EUR\"}}],\"lines\":[");
        assertThat(json).contains("],\"rateCard\":[");
        assertThat(price).isEqualTo(quote.firmPrice());
    }
}
