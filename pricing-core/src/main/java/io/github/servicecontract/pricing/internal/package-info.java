/**
 * Not an API and not exported: the one boundary between {@code MonetaryAmount} and the exact
 * {@code BigDecimal} arithmetic that the pricing package and its billing and rate-sheet
 * sub-packages share.
 */
package io.github.servicecontract.pricing.internal;
