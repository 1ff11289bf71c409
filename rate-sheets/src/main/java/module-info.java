/**
 * Rate tables as spreadsheets: the CSV format, and sample rate sheets.
 */
module io.github.servicecontract.ratesheet {
    requires transitive io.github.servicecontract.pricing;
    requires org.apache.commons.csv;

    exports io.github.servicecontract.ratesheet;
}
