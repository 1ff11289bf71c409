package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.internal.Amounts;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A price rise at an anniversary: when it applies, by when the client must be told, the rate,
 * and the yearly recurring amount before and after.
 *
 * <p>For example, a 3 % rise on 2027-01-01 with two months' notice: tell the client by
 * 2026-11-01; 1,653.00 a year becomes 1,702.59.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param anniversary the day the new price applies
 * @param noticeBy the last day to tell the client
 * @param rate the rise applied (an index change after its cap)
 * @param before the yearly recurring amount before the rise
 * @param after the yearly recurring amount from the anniversary
 */
public record EscalationStep(LocalDate anniversary, LocalDate noticeBy, Percentage rate, MonetaryAmount before,
        MonetaryAmount after) {

    /** Creates a step. */
    public EscalationStep {
        Objects.requireNonNull(anniversary, "anniversary");
        Objects.requireNonNull(noticeBy, "noticeBy");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(before, "before");
        Amounts.requireCurrency("after", after, "the amount before's", before.getCurrency());
    }

    /** Returns the record's components, amounts written exactly. */
    @Override
    public String toString() {
        return "EscalationStep[anniversary=" + anniversary + ", noticeBy=" + noticeBy + ", rate=" + rate + ", before="
                + Checks.describe(before) + ", after=" + Checks.describe(after) + "]";
    }
}
