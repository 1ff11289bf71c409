/**
 * Contracts and quotes in the client's language.
 *
 * <p>{@link io.github.servicecontract.i18n.Messages} words every part of a contract (clauses,
 * tiers, units with their plurals, money, dates, explanations) in English, French, Italian or
 * German; {@link io.github.servicecontract.i18n.ContractDocuments} lays a quote, a contract or
 * a tier comparison out as a {@link io.github.servicecontract.i18n.Document}, written as text,
 * Markdown or HTML.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
@ValueStyle
package io.github.servicecontract.i18n;
