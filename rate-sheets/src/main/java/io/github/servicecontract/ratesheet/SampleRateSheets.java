package io.github.servicecontract.ratesheet;

import io.github.servicecontract.pricing.ratesheet.RateSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sample rate sheets with the figures of published integrators' tariffs, effective from
 * 2026-01-01: for trying the library, for demos and for tests. They are not defaults: an
 * integrator prices with its own rates.
 *
 * <p>Each sample is a CSV resource of this module in the documented format, and each validates
 * without a problem.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleRateSheets {

    private SampleRateSheets() {}

    /**
     * Returns France (EUR): labour 85.00 an hour (90.00 in Montpellier, FR-34) with premium
     * bands, remote labour, trip fees, 2.40 a kilometre, tickets, updates, monitoring, and the
     * bronze, silver and gold tier fees (gold: 60.00 + 1.00 a device + 10.00 a subsystem a
     * month). Comma-separated.
     *
     * @return the sheet
     */
    public static RateSheet france() {
        return load("france.csv");
    }

    /**
     * Returns Italy (EUR): labour 70.00 an hour in normal hours, Saturday and holiday rates,
     * and the essenziale (25.00 a subsystem a month) and completo tiers. Semicolon-separated
     * with decimal commas and a byte-order mark, as Italian spreadsheets write them.
     *
     * @return the sheet
     */
    public static RateSheet italy() {
        return load("italy.csv");
    }

    /**
     * Returns Switzerland (CHF): a service technician at 137.00 an hour, 1.50 a kilometre, and
     * the standard tier. Semicolon-separated.
     *
     * @return the sheet
     */
    public static RateSheet switzerland() {
        return load("switzerland.csv");
    }

    /**
     * Returns the United States (USD): tiers at 0, 60.00 and 120.00 a month, support at 150.00
     * an hour and 250.00 after hours, on-site labour by brand (85.00 to 125.00), and a graduated
     * device fee. Comma-separated.
     *
     * @return the sheet
     */
    public static RateSheet unitedStates() {
        return load("united-states.csv");
    }

    private static RateSheet load(String name) {
        try (InputStream in = SampleRateSheets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return RateSheetCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
