package io.github.servicecontract.pricing;

import java.util.Objects;

/**
 * A strategy that prices one part of a contract: it reads the draft's context and lines and
 * returns a draft with its own lines (and rate-card entries) added.
 *
 * <p>Rules are applied with {@link QuoteDraft#with(PricingRule)} and composed with
 * {@link #andThen(PricingRule)} and the combinators of {@link PricingRules}. A vendor's rule is
 * a lambda:
 *
 * <pre>{@code
 * PricingRule poolCare = draft -> draft.plus(QuoteLine.builder()
 *         .component(CostComponent.of("pool-care")).category(QuoteLine.Category.RECURRING)
 *         .billing(QuoteLine.Billing.BILLED).periodicity(QuoteLine.Periodicity.YEARLY)
 *         .quantity(BigDecimal.ONE).unit(Unit.ITEM)
 *         .unitPrice(draft.money("120.00")).amount(draft.money("120.00"))
 *         .trace(Trace.of("pool-care", TraceStep.of(TraceKey.of("pool-volume"), new BigDecimal("45"))))
 *         .build());
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and must not change lines added before
 * them: a rule that corrects earlier lines adds a discount or adjustment line instead.
 */
@FunctionalInterface
public interface PricingRule {

    /**
     * Returns {@code draft} with this rule's lines added.
     *
     * @param draft the draft so far
     * @return the extended draft
     */
    QuoteDraft applyTo(QuoteDraft draft);

    /**
     * Returns a rule that applies this rule, then {@code next}.
     *
     * @param next the rule to apply after this one
     * @return the composed rule
     */
    default PricingRule andThen(PricingRule next) {
        Objects.requireNonNull(next, "next");
        return draft -> next.applyTo(applyTo(draft));
    }
}
