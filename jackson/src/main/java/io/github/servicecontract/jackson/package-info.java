/**
 * JSON for vendors' systems: {@link io.github.servicecontract.jackson.ServiceContractModule}, the
 * Jackson module that writes quotes, schedules, comparisons and rate reports with exact amounts,
 * and reads amounts and the library's small values back strictly.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
package io.github.servicecontract.jackson;
