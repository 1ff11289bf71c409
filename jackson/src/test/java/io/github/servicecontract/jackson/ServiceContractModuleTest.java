package io.github.servicecontract.jackson;

import static io.github.servicecontract.jackson.JsonSamples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.Term;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.ratesheet.RateRow;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class ServiceContractModuleTest {

    private final ObjectMapper mapper = JsonSamples.mapper();

    @Test
    void anAmount_isAnExactDecimalString_withItsCurrencysDecimals() throws Exception {
        assertThat(mapper.writeValueAsString(eur("2061.5"))).isEqualTo("{\"amount\":\"2061.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.writeValueAsString(eur("0.125"))).as("never rounded").isEqualTo("{\"amount\":\"0.125\",\"currency\":\"EUR\"}");
        assertThat(mapper.writeValueAsString(eur("-36"))).isEqualTo("{\"amount\":\"-36.00\",\"currency\":\"EUR\"}");
        MonetaryAmount yen = Monetary.getDefaultAmountFactory().setCurrency("JPY").setNumber(1500).create();
        assertThat(mapper.writeValueAsString(yen)).isEqualTo("{\"amount\":\"1500\",\"currency\":\"JPY\"}");
        assertThat(mapper.readValue("{\"currency\": \"CHF\", \"amount\": \"1740.70\"}", MonetaryAmount.class))
                .isEqualTo(Monetary.getDefaultAmountFactory().setCurrency("CHF").setNumber(new BigDecimal("1740.70")).create());
    }

    @Test
    void anAmount_thatCannotBeReadExactly_isRefusedNamingItsPlaceAndRule() {
        assertRefused("{\"amount\": 2061.50, \"currency\": \"EUR\"}", "/amount: amount must be a string, such as \"2061.50\", was 2061.50");
        assertRefused("{\"amount\": \"1e3\", \"currency\": \"EUR\"}", "amount must be a decimal");
        assertRefused("{\"amount\": \"10.00\", \"currency\": \"eur\"}", "must be an ISO 4217 currency code, was \"eur\"");
        assertRefused("{\"amount\": \"10.00\"}", "/: must have currency");
        assertRefused("{\"amount\": \"10.00\", \"currency\": \"EUR\", \"rate\": \"1\"}", "has an unknown key \"rate\"");
        assertRefused("{\"amount\": \"10.00\", \"amount\": \"20.00\", \"currency\": \"EUR\"}", "gives amount twice");
        assertRefused("\"10.00 EUR\"", "must be an object such as {\"amount\": \"2061.50\", \"currency\": \"EUR\"}");
    }

    private void assertRefused(String json, String part) {
        assertThatThrownBy(() -> mapper.readValue(json, MonetaryAmount.class)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(((JsonProcessingException) e).getOriginalMessage()).contains(part));
    }

    @Test
    void smallValues_areTheirText_andReadBack() throws Exception {
        record Row(Object value, String json) {}
        List<Row> rows = List.of(new Row(TierId.of("gold"), "\"gold\""), new Row(RegionCode.parse("FR-69"), "\"FR-69\""),
                new Row(Percentage.of(5), "\"5%\""), new Row(Distance.ofKilometres(18), "\"18 km\""),
                new Row(Term.ofMonths(12), "\"P12M\""), new Row(LocalDate.of(2026, 3, 10), "\"2026-03-10\""),
                new Row(Duration.ofMinutes(90), "\"PT1H30M\""), new Row(Monetary.getCurrency("CHF"), "\"CHF\""));
        for (Row row : rows) {
            assertThat(mapper.writeValueAsString(row.value())).isEqualTo(row.json());
            Class<?> type = row.value() instanceof javax.money.CurrencyUnit ? javax.money.CurrencyUnit.class : row.value().getClass();
            assertThat(mapper.readValue(row.json(), type)).isEqualTo(row.value());
        }
        assertThatThrownBy(() -> mapper.readValue("\"2026-02-30\"", LocalDate.class))
                .hasMessageContaining("must be an ISO date such as \"2026-01-01\", was \"2026-02-30\"");
        assertThatThrownBy(() -> mapper.readValue("12", TierId.class)).hasMessageContaining("must be a string such as \"gold\", was 12");
        assertThatThrownBy(() -> mapper.readValue("\"Gold Tier\"", TierId.class)).hasMessageContaining("tierId");
    }

    @Test
    void aQuote_saysWhatItsDocumentSays_linesAddingUpToItsTotal() throws Exception {
        Quote quote = JsonSamples.lyonGold();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(quote));
        assertThat(json.get("tier").asText()).isEqualTo("gold");
        assertThat(json.get("currency").asText()).isEqualTo("EUR");
        assertThat(json.get("firmPrice").get("amount").asText()).isEqualTo("2061.50");
        assertThat(json.get("totalWithEstimate").get("amount").asText()).isEqualTo("2061.50");
        assertThat(json.get("parts").get(0).get("part").asText()).isEqualTo("FIRM");
        assertThat(json.get("lines")).hasSameSizeAs(quote.lines());
        BigDecimal sum = BigDecimal.ZERO;
        List<String> components = new ArrayList<>();
        for (int i = 0; i < quote.lines().size(); i++) {
            JsonNode line = json.get("lines").get(i);
            QuoteLine expected = quote.lines().get(i);
            components.add(line.get("component").asText());
            assertThat(new BigDecimal(line.get("amount").get("amount").asText())).isEqualByComparingTo(
                    expected.amount().getNumber().numberValueExact(BigDecimal.class));
            assertThat(line.get("quantity").asText()).isEqualTo(expected.quantity().toPlainString());
            assertThat(line.get("trace").get("rule").asText()).isEqualTo(expected.trace().rule());
            assertThat(line.get("trace").get("steps")).hasSameSizeAs(expected.trace().steps());
            sum = sum.add(new BigDecimal(line.get("amount").get("amount").asText()));
        }
        assertThat(sum).isEqualByComparingTo("2061.50");
        assertThat(components).contains("flat-fee", "device-fee", "subsystem-fee", "on-site-labour", "trip-fee", "prepay-discount");
        JsonNode labour = json.get("lines").get(components.indexOf("on-site-labour"));
        assertThat(labour.get("trace").toString()).contains("{\"label\":\"rate\",\"value\":{\"amount\":\"85.00\",\"currency\":\"EUR\"}}")
                .contains("{\"label\":\"day\",\"value\":\"2026-03-10\"}");
        assertThat(json.get("rateCard").get(0).get("price").get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void eachLine_hasAnIdStableAcrossPricings_uniqueInItsQuote() throws Exception {
        JsonNode first = mapper.readTree(mapper.writeValueAsString(JsonSamples.lyonGold()));
        JsonNode again = mapper.readTree(mapper.writeValueAsString(JsonSamples.lyonGold()));
        List<String> ids = new ArrayList<>();
        first.get("lines").forEach(line -> ids.add(line.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().containsExactly("flat-fee", "device-fee", "subsystem-fee",
                "on-site-labour@2026-03-10", "on-site-labour@2026-09-15", "trip-fee@2026-03-10", "trip-fee@2026-09-15",
                "prepay-discount");
        assertThat(again.get("lines").findValuesAsText("id")).isEqualTo(ids);
        // lines alike in component and day are told apart by their rank
        assertThat(PricingJson.lineId(JsonSamples.lyonGold().lines().get(0), new java.util.HashMap<>(java.util.Map.of("flat-fee", 1))))
                .isEqualTo("flat-fee#2");
    }

    @Test
    void aTier_saysWhatItIs_includesAndLeavesOut() throws Exception {
        com.fasterxml.jackson.databind.JsonNode tier = mapper.readTree(mapper.writeValueAsString(JsonSamples.lyonGold().context().tier()));
        assertThat(tier.get("id").asText()).isEqualTo("gold");
        assertThat(tier.get("serviceLevel").asText()).isNotEmpty();
        assertThat(tier.get("deliveries").isArray()).isTrue();
        assertThat(tier.get("quotas").get("onSiteVisitsPerYear").isInt()).isTrue();
        assertThat(tier.get("excludes").size()).isEqualTo(JsonSamples.lyonGold().context().tier().exclusions().size());
        assertThat(tier.fieldNames()).toIterable().startsWith("id", "serviceLevel", "deliveries", "monitoring")
                .contains("quotas", "includes", "excludes", "billedOnDemand");
    }

    @Test
    void aSchedule_andATaxedAmount_addUpAsTheQuoteDoes() throws Exception {
        Quote quote = JsonSamples.lyonGold();
        Taxation vat = Taxation.of(TaxRate.FRANCE);
        JsonNode taxed = mapper.readTree(mapper.writeValueAsString(quote.committed(vat)));
        assertThat(taxed.get("excludingTax").get("amount").asText()).isEqualTo("2061.50");
        assertThat(taxed.get("tax").get("amount").asText()).isEqualTo("412.30");
        assertThat(taxed.get("payable").get("amount").asText()).isEqualTo("2473.80");
        JsonNode schedule = mapper.readTree(mapper.writeValueAsString(BillingSchedule.of(quote,
                BillingPolicy.builder().taxation(vat).build())));
        assertThat(schedule.get("taxation").toString()).isEqualTo("{\"country\":\"FR\",\"rate\":\"20%\"}");
        assertThat(schedule.get("invoices")).hasSize(1);
        assertThat(schedule.get("invoices").get(0).get("kind").asText()).isEqualTo("PERIOD");
        assertThat(schedule.get("invoices").get(0).get("covers").toString())
                .isEqualTo("{\"firstDay\":\"2026-01-01\",\"lastDay\":\"2026-12-31\"}");
        assertThat(schedule.get("totals").get("payable").get("amount").asText()).isEqualTo("2473.80");
    }

    @Test
    void aRateReport_givesEachProblemsCode() throws Exception {
        RateSheet sheet = RateSheet.from(JsonSamples.france());
        JsonNode clean = mapper.readTree(mapper.writeValueAsString(sheet.validate()));
        assertThat(clean.toString()).isEqualTo("{\"valid\":true,\"clean\":true,\"problems\":[]}");
        List<RateRow> rows = new ArrayList<>(sheet.rows());
        RateRow first = rows.get(0);
        rows.set(0, new RateRow(7, first.key(), first.upTo(), first.mode(), first.flat(), "HOUR", first.amount(), first.currency(),
                first.effectiveFrom(), first.effectiveUntil()));
        JsonNode report = mapper.readTree(mapper.writeValueAsString(RateSheet.of(rows).validate()));
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("problems").get(0).get("code").asText()).isEqualTo("UNIT_MISMATCH");
        assertThat(report.get("problems").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(report.get("problems").get(0).get("location").asText()).isEqualTo("line 7");
    }

    @Test
    void withTheLabelsAttribute_eachLineHasItsLabelAsTheDocumentsWordIt_andWithoutItNone() throws Exception {
        Quote quote = JsonSamples.lyonGold();
        ObjectMapper mapper = new ObjectMapper().registerModule(new ServiceContractModule());

        JsonNode french = mapper.readTree(mapper.writer().withAttribute(ServiceContractModule.LABELS, java.util.Locale.FRANCE)
                .writeValueAsString(quote));
        JsonNode plain = mapper.readTree(mapper.writeValueAsString(quote));

        List<String> labels = new ArrayList<>();
        french.get("lines").forEach(line -> labels.add(line.get("label").asText()));
        assertThat(labels).hasSize(quote.lines().size());
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i)).isEqualTo(io.github.servicecontract.i18n.Messages.of(java.util.Locale.FRANCE)
                    .item(quote.lines().get(i)));
        }
        assertThat(labels).contains("Abonnement").contains("Main-d’œuvre sur site, 10 mars 2026");
        plain.get("lines").forEach(line -> assertThat(line.has("label")).isFalse());
    }
}
