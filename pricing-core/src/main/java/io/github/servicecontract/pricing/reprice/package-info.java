/**
 * Re-pricing a portfolio when a rate sheet changes: each contract's firm price under the old sheet and the new one,
 * the change, and the contracts a sheet cannot price with the reason ({@link
 * io.github.servicecontract.pricing.reprice.Repricing}); an impact report written as the contracts stream by, in
 * memory bounded whatever the portfolio's size ({@link io.github.servicecontract.pricing.reprice.ImpactReport}).
 *
 * <p>This package stands on the public API of {@code io.github.servicecontract.pricing} alone.
 */
package io.github.servicecontract.pricing.reprice;
