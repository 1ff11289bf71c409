/**
 * Pricing: what a contract costs, and why.
 *
 * <p>A {@link io.github.servicecontract.pricing.RateTable} holds an integrator's rates by
 * region, cost component, role, brand, time band and tier, in one currency. A
 * {@link io.github.servicecontract.pricing.PricingRule} reads a
 * {@link io.github.servicecontract.pricing.PricingContext} (the site, the tier, the terms, the
 * rate table and the expected usage) and adds explained lines to a draft; rules compose with
 * {@link io.github.servicecontract.pricing.PricingRule#andThen} and the combinators of
 * {@link io.github.servicecontract.pricing.PricingRules}. The result is a
 * {@link io.github.servicecontract.pricing.Quote} whose total is exactly the sum of its lines,
 * every line carrying a {@link io.github.servicecontract.pricing.Trace} of how it was computed.
 *
 * <p>Amounts are {@link javax.money.MonetaryAmount} at the API and exact
 * {@link java.math.BigDecimal} inside; no amount is ever a {@code double}, no currency is ever
 * converted, and rounding happens in one visible step chosen by a
 * {@link io.github.servicecontract.pricing.Rounding}.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument, and every factory or builder throws
 * {@link IllegalArgumentException} naming the field, the value and the rule when given a value
 * that breaks a rule.
 */
@ValueStyle
package io.github.servicecontract.pricing;

import io.github.servicecontract.pricing.internal.ValueStyle;
