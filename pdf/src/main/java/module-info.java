/**
 * Quotes and contracts as PDF, laid out by openhtmltopdf on Apache PDFBox.
 */
module io.github.servicecontract.pdf {
    requires transitive io.github.servicecontract.i18n;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires java.logging;

    exports io.github.servicecontract.pdf;
}
