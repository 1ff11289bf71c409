/** The servicecontract command line. */
module io.github.servicecontract.cli {
    requires io.github.servicecontract.i18n;
    requires io.github.servicecontract.ratesheet;
    requires io.github.servicecontract.jackson;
    requires io.github.servicecontract.pdf;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.logging;

    opens io.github.servicecontract.cli to info.picocli;
}
