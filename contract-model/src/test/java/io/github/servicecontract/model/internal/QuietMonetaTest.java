package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Percentage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Moneta's INFO line stays out of an embedder's log, unless the embedder has set a level for it. */
class QuietMonetaTest {

    @Test
    void oncePercentagesOrAmountsAreMade_monetasLoggerLogsWarningsOnly() {
        Percentage.of(5);
        Logger moneta = Logger.getLogger(QuietMoneta.LOGGER);
        assertThat(moneta.getLevel()).isEqualTo(Level.WARNING);
        assertThat(moneta.isLoggable(Level.INFO)).isFalse();
    }

    @Test
    void oncePercentagesOrAmountsAreMade_theLoggerOfPrintedAmountsLogsWarningsOnly() {
        Percentage.of(5);
        for (String name : QuietMoneta.LOGGERS) {
            assertThat(Logger.getLogger(name).isLoggable(Level.INFO)).as(name).isFalse();
        }
        // the line Moneta logs the first time an amount is printed
        java.util.List<String> logged = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            assertThat(javax.money.Monetary.getDefaultAmountFactory().setCurrency("EUR").setNumber(12).create().toString())
                    .isEqualTo("EUR 12.00");
        } finally {
            root.removeHandler(handler);
        }
        assertThat(logged).isEmpty();
    }

    @Test
    void aLevelTheEmbedderSetOnAParent_isLeftAsItIs() {
        Logger moneta = Logger.getLogger(QuietMoneta.LOGGER);
        Logger parent = Logger.getLogger("org.javamoney");
        Level before = moneta.getLevel();
        try {
            moneta.setLevel(null);
            parent.setLevel(Level.INFO);
            assertThat(QuietMoneta.quiet().getLevel()).isNull();
            assertThat(moneta.isLoggable(Level.INFO)).isTrue();
            parent.setLevel(null);
            assertThat(QuietMoneta.quiet().getLevel()).isEqualTo(Level.WARNING);
        } finally {
            parent.setLevel(null);
            moneta.setLevel(before);
        }
    }
}
