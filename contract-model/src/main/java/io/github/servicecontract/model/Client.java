package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * The integrator's client: who signs the contract and in which language it is written.
 *
 * <p>For example, {@code Client.of("Claire Martin", Locale.FRANCE)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the client's name as it appears on the contract, not blank
 * @param locale the client's language and country, which choose the wording and the number format
 */
public record Client(String name, Locale locale) {

    /**
     * Creates a client.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Client {
        Checks.requireText("clientName", name);
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Obtains a client.
     *
     * @param name the client's name, not blank
     * @param locale the client's language and country
     * @return the client
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Client of(String name, Locale locale) {
        return new Client(name, locale);
    }
}
