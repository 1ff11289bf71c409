/**
 * Pricing: what a contract costs and why.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
package io.github.servicecontract.pricing;
