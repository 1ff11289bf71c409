/**
 * Rate sheets as spreadsheets: {@link io.github.servicecontract.ratesheet.RateSheetCsv} reads and
 * writes the CSV form of a {@link io.github.servicecontract.pricing.ratesheet.RateSheet}, and
 * {@link io.github.servicecontract.ratesheet.SampleRateSheets} ships sample sheets.
 *
 * <p>Unless otherwise stated, every method in this package throws {@link NullPointerException}
 * when given a {@code null} argument.
 */
package io.github.servicecontract.ratesheet;
