package io.github.servicecontract.model.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps Moneta's INFO lines out of an embedding application's log: "Using custom MathContext:
 * precision=256, ..." the first time an amount is made, and "Using default formatter for
 * toString()" the first time an amount of {@code Money}, {@code FastMoney} or {@code RoundedMoney}
 * is printed; unless the application has configured a level for a logger or one of its parents:
 * then its choice stands.
 *
 * <p>Held by {@link Checks}, which every value of the library uses, so that it is in place before
 * the library makes its first amount; the loggers are kept referenced, since
 * {@link java.util.logging.LogManager} holds loggers weakly and would forget their levels.
 */
final class QuietMoneta {

    /** The logger of the first line. */
    static final String LOGGER = "org.javamoney.moneta.DefaultMonetaryContextFactory";

    /** Every logger of Moneta that logs at INFO by itself. */
    static final List<String> LOGGERS = List.of(LOGGER, "org.javamoney.moneta.Money", "org.javamoney.moneta.FastMoney",
            "org.javamoney.moneta.RoundedMoney");

    private QuietMoneta() {}

    /**
     * Raises each of {@link #LOGGERS}' level to WARNING if no level is configured for it or a parent
     * below the root.
     *
     * @return the loggers, to be kept referenced
     */
    static List<Logger> quietAll() {
        return LOGGERS.stream().map(QuietMoneta::quiet).toList();
    }

    /**
     * Raises the first line's logger's level to WARNING, as {@link #quietAll()} does for each.
     *
     * @return the logger, to be kept referenced
     */
    static Logger quiet() {
        return quiet(LOGGER);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        LogManager manager = LogManager.getLogManager();
        for (String level = name; !level.isEmpty(); level = level.contains(".") ? level.substring(0, level.lastIndexOf('.')) : "") {
            Logger configured = manager.getLogger(level);
            if (manager.getProperty(level + ".level") != null || configured != null && configured.getLevel() != null) {
                return logger;
            }
        }
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
