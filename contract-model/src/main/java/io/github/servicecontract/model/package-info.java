/**
 * The contract model: what is sold to a home-technology integrator's client.
 *
 * <p>A {@link io.github.servicecontract.model.Contract} binds a
 * {@link io.github.servicecontract.model.Site} (the serviced location, its subsystems and
 * equipment) to a {@link io.github.servicecontract.model.ServiceTier} (service level, coverage
 * window, response times, included quotas, member perks and clauses) under
 * {@link io.github.servicecontract.model.ContractTerms} (start, term, renewal, billing,
 * escalation). Everything here is a value: immutable, thread-safe, validated when built, and free
 * of any pricing logic.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument, and every factory or builder throws
 * {@link IllegalArgumentException} naming the field, the value and the rule when given a value
 * that breaks a rule. A value that fails validation is never returned.
 */
@ValueStyle
package io.github.servicecontract.model;
