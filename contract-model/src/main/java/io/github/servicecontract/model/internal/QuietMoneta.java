package io.github.servicecontract.model.internal;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps Moneta's one INFO line ("Using custom MathContext: precision=256, ...", logged the first
 * time an amount is made) out of an embedding application's log, unless the application has
 * configured a level for that logger or one of its parents: then its choice stands.
 *
 * <p>Held by {@link Checks}, which every value of the library uses, so that it is in place before
 * the library makes its first amount; the logger is kept referenced, since
 * {@link java.util.logging.LogManager} holds loggers weakly and would forget the level.
 */
final class QuietMoneta {

    /** The logger of the line. */
    static final String LOGGER = "org.javamoney.moneta.DefaultMonetaryContextFactory";

    private QuietMoneta() {}

    /**
     * Raises the logger's level to WARNING if no level is configured for it or a parent below the
     * root.
     *
     * @return the logger, to be kept referenced
     */
    static Logger quiet() {
        Logger logger = Logger.getLogger(LOGGER);
        LogManager manager = LogManager.getLogManager();
        for (String name = LOGGER; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            Logger configured = manager.getLogger(name);
            if (manager.getProperty(name + ".level") != null || configured != null && configured.getLevel() != null) {
                return logger;
            }
        }
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
