/**
 * JSON for vendors' systems: {@link io.github.servicecontract.jackson.ServiceContractModule}, the
 * Jackson module that writes quotes, schedules, comparisons and rate reports with exact amounts,
 * and reads amounts and the library's small values back strictly.
 */
package io.github.servicecontract.jackson;
