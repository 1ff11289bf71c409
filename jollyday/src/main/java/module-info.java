/**
 * Holiday calendars from Jollyday.
 */
module io.github.servicecontract.jollyday {
    requires transitive io.github.servicecontract.model;
    requires de.focus_shift.jollyday.core;

    exports io.github.servicecontract.jollyday;
}
