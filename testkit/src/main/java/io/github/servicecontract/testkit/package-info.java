/**
 * Test support for software that embeds servicecontract: {@link
 * io.github.servicecontract.testkit.ServiceContractAssertions} (AssertJ entry points for rate
 * sheets and quotes) and {@link io.github.servicecontract.testkit.ServiceContractGenerators}
 * (QuickTheories generators of valid domain values). Add it with test scope.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
package io.github.servicecontract.testkit;
