/**
 * The contract file, a published format: its reader ({@link io.github.servicecontract.jackson.contractfile.ContractFile}),
 * the work-log reader ({@link io.github.servicecontract.jackson.contractfile.WorkLogFile}), a portfolio of contract files
 * streamed and re-priced ({@link io.github.servicecontract.jackson.contractfile.Portfolio}), and the exception that
 * refuses what they cannot read, naming the file, the JSON Pointer of the place and the problem
 * ({@link io.github.servicecontract.jackson.contractfile.InputException}).
 *
 * <p>The format is YAML or JSON; its JSON Schema (draft 2020-12) is
 * {@link io.github.servicecontract.jackson.ContractFileSchema#text()}, shipped in this jar. Every value is read as
 * the text written and through the library's own factories and builders: a number is read exactly as written or
 * refused, a key the format does not know is refused with the nearest known one, never ignored.
 */
package io.github.servicecontract.jackson.contractfile;
