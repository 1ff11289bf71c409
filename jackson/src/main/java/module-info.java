/**
 * JSON for vendors' systems: a Jackson module for the library's values.
 */
// The internal package of the model is exported to this module, which is built after it.
@SuppressWarnings("module")
module io.github.servicecontract.jackson {
    requires transitive io.github.servicecontract.pricing;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.servicecontract.jackson;
}
