/**
 * What an integrator sells: service tiers, coverage, clauses, the serviced site and the contract
 * terms, as validated immutable values with no pricing logic.
 */
// The module the internal package is exported to is built after this one.
@SuppressWarnings("module")
module io.github.servicecontract.model {
    requires transitive java.money;
    requires java.logging;
    requires static org.immutables.value;

    exports io.github.servicecontract.model;
    // Not an API: the one form of argument checks and their messages, and the one way files are read, shared
    // with pricing, the rate sheets, the documents and the command line.
    exports io.github.servicecontract.model.internal to io.github.servicecontract.pricing, io.github.servicecontract.ratesheet,
            io.github.servicecontract.i18n, io.github.servicecontract.jackson, io.github.servicecontract.cli;
}
