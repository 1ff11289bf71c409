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
 */
public final class Client {

    private final String name;
    private final Locale locale;
    private final PostalAddress address; // null when unknown
    private final Capacity capacity;

    private Client(String name, Locale locale, PostalAddress address, Capacity capacity) {
        this.name = Checks.requireText("clientName", name);
        this.locale = Objects.requireNonNull(locale, "locale");
        this.address = address;
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    /**
     * Obtains a consumer without a known address.
     *
     * @param name the client's name as it appears on the contract, not blank
     * @param locale the client's language and country, which choose the wording and the number format
     * @return the client
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Client of(String name, Locale locale) {
        return new Client(name, locale, null, Capacity.CONSUMER);
    }

    /** Returns the client's name as it appears on the contract. */
    public String name() {
        return name;
    }

    /** Returns the client's language and country, which choose the wording and the number format. */
    public Locale locale() {
        return locale;
    }

    /** Returns where documents and notices are sent, if known. */
    public Optional<PostalAddress> address() {
        return Optional.ofNullable(address);
    }

    /** Returns whether the client buys as a consumer or for a business. */
    public Capacity capacity() {
        return capacity;
    }

    /**
     * Returns a copy of this client at an address.
     *
     * @param address where documents and notices are sent
     * @return the client with that address
     */
    public Client withAddress(PostalAddress address) {
        return new Client(name, locale, Objects.requireNonNull(address, "address"), capacity);
    }

    /**
     * Returns a copy of this client buying in another capacity.
     *
     * @param capacity as a consumer or for a business
     * @return the client in that capacity
     */
    public Client withCapacity(Capacity capacity) {
        return new Client(name, locale, address, capacity);
    }

    /**
     * Returns a copy of this client written to in another language, such as the one a document is
     * asked for.
     *
     * @param locale the language and country
     * @return the client in that locale
     */
    public Client withLocale(Locale locale) {
        return new Client(name, locale, address, capacity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Client && name.equals(((Client) other).name) && locale.equals(((Client) other).locale)
                && Objects.equals(address, ((Client) other).address) && capacity == ((Client) other).capacity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, locale, address, capacity);
    }

    /** Returns the client's parts, for example {@code Client[name=Claire Martin, locale=fr_FR, address=..., capacity=CONSUMER]}. */
    @Override
    public String toString() {
        return "Client[name=" + name + ", locale=" + locale + ", address=" + (address == null ? "none" : address) + ", capacity="
                + capacity + "]";
    }

    /** Whether a client buys as a consumer or for a business. */
    public enum Capacity {
        /** A person buying for their home, whom consumer law protects. */
        CONSUMER,
        /** A business or a professional buying for its work. */
        BUSINESS
    }
}
