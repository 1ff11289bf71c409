/**
 * Billing a contract's firm price over its term: the schedule of invoices
 * ({@link io.github.servicecontract.pricing.billing.BillingSchedule}), each taxed so that the
 * invoices add up to the quote's payable total to the cent, the policy that decides periods,
 * proration, allocation of the cents and escalation, and prices set per billing frequency.
 *
 * <p>Built on the public API of {@code io.github.servicecontract.pricing} alone.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument, and every factory or builder throws
 * {@link IllegalArgumentException} naming the field, the value and the rule when given a value
 * that breaks a rule.
 */
@ValueStyle
package io.github.servicecontract.pricing.billing;

import io.github.servicecontract.pricing.internal.ValueStyle;
