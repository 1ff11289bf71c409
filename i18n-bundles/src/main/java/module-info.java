/** How a contract reads: resource bundles and rendering in the client's language. */
module io.github.servicecontract.i18n {
    requires transitive io.github.servicecontract.pricing;
    requires static org.immutables.value;

    exports io.github.servicecontract.i18n;
}
