/**
 * Rates as an integrator keeps them in a spreadsheet: rows with their dates
 * ({@link io.github.servicecontract.pricing.ratesheet.RateSheet},
 * {@link io.github.servicecontract.pricing.ratesheet.RateRow}), validated into a report of
 * problems with stable codes, against the rates the tiers require, and turned into the rate table
 * of a day. The CSV form is in the {@code servicecontract-rate-sheets} module.
 *
 * <p>Built on the public API of {@code io.github.servicecontract.pricing} alone.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument, and every factory or builder throws
 * {@link IllegalArgumentException} naming the field, the value and the rule when given a value
 * that breaks a rule.
 */
package io.github.servicecontract.pricing.ratesheet;
