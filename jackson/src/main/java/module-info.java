/**
 * JSON for vendors' systems: a Jackson module for the library's values, and the contract file, a published format
 * in YAML or JSON, read strictly.
 */
// The internal package of the model is exported to this module, which is built after it.
@SuppressWarnings("module")
module io.github.servicecontract.jackson {
    requires transitive io.github.servicecontract.pricing;
    requires transitive io.github.servicecontract.i18n;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports io.github.servicecontract.jackson;
    exports io.github.servicecontract.jackson.contractfile;
}
