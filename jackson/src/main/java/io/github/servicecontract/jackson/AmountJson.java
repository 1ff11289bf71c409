package io.github.servicecontract.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.servicecontract.model.Decimals;
import io.github.servicecontract.model.internal.Checks;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * An amount as {@code {"amount": "2061.50", "currency": "EUR"}}: the amount a decimal string,
 * exact, with at least its currency's decimals (the convention of Zalando's
 * jackson-datatype-money); read back strictly, the amount by the library's decimal grammar.
 */
final class AmountJson {

    private AmountJson() {}

    static final class Writer extends JsonSerializer<MonetaryAmount> {
        @Override
        public void serialize(MonetaryAmount amount, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("amount", Checks.exactDecimal(amount));
            json.writeStringField("currency", amount.getCurrency().getCurrencyCode());
            json.writeEndObject();
        }

        @Override
        public Class<MonetaryAmount> handledType() {
            return MonetaryAmount.class;
        }
    }

    static final class Reader extends JsonDeserializer<MonetaryAmount> {
        @Override
        public MonetaryAmount deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.isExpectedStartObjectToken()) {
                throw Strict.refuse(json, context, "must be an object such as {\"amount\": \"2061.50\", \"currency\": \"EUR\"}");
            }
            String amount = null;
            String currency = null;
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                JsonToken value = json.nextToken();
                if (!name.equals("amount") && !name.equals("currency")) {
                    throw Strict.refuse(json, context, "has an unknown key \"" + Checks.shortened(name)
                            + "\"; an amount has amount and currency");
                }
                if (value != JsonToken.VALUE_STRING) {
                    throw Strict.refuse(json, context, name + " must be a string, such as \""
                            + (name.equals("amount") ? "2061.50" : "EUR") + "\", was " + json.getText());
                }
                if (name.equals("amount") ? amount != null : currency != null) {
                    throw Strict.refuse(json, context, "gives " + name + " twice");
                }
                if (name.equals("amount")) {
                    amount = json.getText();
                } else {
                    currency = json.getText();
                }
            }
            if (amount == null || currency == null) {
                throw Strict.refuse(json, context, "must have " + (amount == null ? "amount" : "currency"));
            }
            try {
                CurrencyUnit unit = Checks.currency(currency);
                BigDecimal value = Decimals.parse("amount", amount);
                return Monetary.getDefaultAmountFactory().setCurrency(unit).setNumber(value).create();
            } catch (IllegalArgumentException e) {
                throw Strict.refuse(json, context, e.getMessage());
            }
        }

        @Override
        public Class<MonetaryAmount> handledType() {
            return MonetaryAmount.class;
        }
    }
}
