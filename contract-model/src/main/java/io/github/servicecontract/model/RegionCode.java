package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region where labour and travel are priced: an ISO 3166-1 country, optionally narrowed to an
 * ISO 3166-2 subdivision.
 *
 * <p>For example, {@code RegionCode.parse("FR-69")} is the Rhône department of France and
 * {@code RegionCode.ofCountry("US")} the whole United States.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionCode {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z0-9]{1,3}");

    private final String country;
    private final String subdivision;

    private RegionCode(String country, String subdivision) {
        this.country = country;
        this.subdivision = subdivision;
    }

    /**
     * Obtains a whole country, for example {@code RegionCode.ofCountry("IT")}.
     *
     * @param country the ISO 3166-1 alpha-2 code, upper case
     * @return the region
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 country
     */
    public static RegionCode ofCountry(String country) {
        return new RegionCode(requireCountry(country), null);
    }

    /**
     * Obtains a subdivision of a country, for example {@code RegionCode.of("IT", "MI")}.
     *
     * @param country the ISO 3166-1 alpha-2 code, upper case
     * @param subdivision the ISO 3166-2 subdivision part, one to three upper-case letters or digits
     * @return the region
     * @throws IllegalArgumentException if either part is malformed
     */
    public static RegionCode of(String country, String subdivision) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subdivision, "subdivision");
        if (!SUBDIVISION.matcher(subdivision).matches()) {
            throw Checks.invalid("subdivision", "\"" + Checks.shortened(subdivision) + "\"", "must be 1 to 3 upper-case letters or digits");
        }
        return new RegionCode(requireCountry(country), subdivision);
    }

    /**
     * Obtains a region from the form produced by {@link #toString()}: {@code "FR"} or
     * {@code "FR-69"}.
     *
     * @param text the text to parse
     * @return the region
     * @throws IllegalArgumentException if the text is not a country code, optionally followed by
     *     a hyphen and a subdivision
     */
    public static RegionCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String value = text.toString();
        int hyphen = value.indexOf('-');
        return hyphen < 0 ? ofCountry(value) : of(value.substring(0, hyphen), value.substring(hyphen + 1));
    }

    private static String requireCountry(String country) {
        Objects.requireNonNull(country, "country");
        if (!COUNTRIES.contains(country)) {
            throw Checks.invalid("country", "\"" + Checks.shortened(country) + "\"", "must be an upper-case ISO 3166-1 alpha-2 code");
        }
        return country;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 country code, for example {@code "FR"}.
     *
     * @return the country code
     */
    public String country() {
        return country;
    }

    /**
     * Returns the subdivision part, for example {@code "69"} for {@code FR-69}.
     *
     * @return the subdivision, empty for a whole country
     */
    public Optional<String> subdivision() {
        return Optional.ofNullable(subdivision);
    }

    /**
     * Returns the whole country this region lies in, for example {@code FR} for {@code FR-69}.
     *
     * @return the country region
     */
    public RegionCode toCountry() {
        return subdivision == null ? this : new RegionCode(country, null);
    }

    /**
     * Checks if this region lies within {@code other}: the same region, or a subdivision of the
     * country {@code other}.
     *
     * @param other the enclosing region
     * @return true if this region is {@code other} or inside it
     */
    public boolean isWithin(RegionCode other) {
        Objects.requireNonNull(other, "other");
        return equals(other) || (other.subdivision == null && country.equals(other.country));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionCode
                && country.equals(((RegionCode) other).country)
                && Objects.equals(subdivision, ((RegionCode) other).subdivision);
    }

    @Override
    public int hashCode() {
        return 31 * country.hashCode() + (subdivision == null ? 0 : subdivision.hashCode());
    }

    /** Returns the code, for example {@code "FR-69"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return subdivision == null ? country : country + "-" + subdivision;
    }
}
