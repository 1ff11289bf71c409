package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The integrator's client: who signs the contract, where documents are sent, in which language
 * they are written, and whether the client buys as a consumer or for a business (consumer law,
 * such as France's on tacit renewal, protects the first).
 *
 * <p>For example, {@code Client.of("Claire Martin", Locale.FRANCE).withAddress(PostalAddress.of(
 * "12 chemin des Tilleuls", "69003 Lyon"))}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the client's name as it appears on the contract, not blank
 * @param locale the client's language and country, which choose the wording and the number format
 * @param address where documents and notices are sent, if known
 * @param capacity whether the client buys as a consumer or for a business
 */
public record Client(String name, Locale locale, Optional<PostalAddress> address, Capacity capacity) {

    /**
     * Creates a client.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Client {
        Checks.requireText("clientName", name);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(capacity, "capacity");
    }

    /**
     * Obtains a consumer without a known address.
     *
     * @param name the client's name
     * @param locale the client's language and country
     * @return the client
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Client of(String name, Locale locale) {
        return new Client(name, locale, Optional.empty(), Capacity.CONSUMER);
    }

    /**
     * Returns this client at an address.
     *
     * @param address where documents and notices are sent
     * @return the client with that address
     */
    public Client withAddress(PostalAddress address) {
        return new Client(name, locale, Optional.of(Objects.requireNonNull(address, "address")), capacity);
    }

    /**
     * Returns this client buying in another capacity.
     *
     * @param capacity as a consumer or for a business
     * @return the client in that capacity
     */
    public Client withCapacity(Capacity capacity) {
        return new Client(name, locale, address, capacity);
    }

    /** Whether a client buys as a consumer or for a business. */
    public enum Capacity {
        /** A person buying for their home, whom consumer law protects. */
        CONSUMER,
        /** A business or a professional buying for its work. */
        BUSINESS
    }
}
