/**
 * Billing a contract's on-demand work period by period once it is sold: the work done
 * ({@link io.github.servicecontract.pricing.statement.WorkLog}), priced as its quote prices it,
 * against the tier's quotas and the prepayments bought in advance, with what each covered, what is
 * billed and the balances carried over ({@link io.github.servicecontract.pricing.statement.Statements}).
 *
 * <p>Built on the public API of {@code io.github.servicecontract.pricing} alone.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument, and every factory or builder throws
 * {@link IllegalArgumentException} naming the field, the value and the rule when given a value
 * that breaks a rule.
 */
package io.github.servicecontract.pricing.statement;
