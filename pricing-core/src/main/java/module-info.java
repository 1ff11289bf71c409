/**
 * What a contract costs: money, cost components, rate tables and a composable pricing
 * calculation whose every amount can be explained.
 */
module io.github.servicecontract.pricing {
    requires transitive io.github.servicecontract.model;
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires static org.immutables.value;

    exports io.github.servicecontract.pricing;
    exports io.github.servicecontract.pricing.billing;
    exports io.github.servicecontract.pricing.ratesheet;
    exports io.github.servicecontract.pricing.reprice;
    exports io.github.servicecontract.pricing.statement;
    // io.github.servicecontract.pricing.internal is not exported: the amounts arithmetic its sub-packages share
}
