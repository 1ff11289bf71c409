package io.github.servicecontract.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The message bundles, read once from this module's resources (UTF-8 properties), one per
 * language. Loaded without {@code ResourceBundle}, so that neither the JVM's default locale nor
 * the module system changes which texts are found.
 */
final class Bundle {

    private static final Map<Language, Map<String, String>> BUNDLES = load();

    /**
     * The regions whose words differ from their language's, each with its own file of the keys it
     * words otherwise: Switzerland's "Offerte", "Offre" and "Offerta" and its tax words, American
     * spelling ("labor").
     */
    static final java.util.List<String> REGIONS = java.util.List.of("de_CH", "fr_CH", "it_CH", "en_US");

    private static final Map<String, Map<String, String>> REGIONAL = loadRegional();

    private Bundle() {}

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bundles.put(language, read(language == Language.ENGLISH ? "messages.properties" : "messages_" + language.code() + ".properties"));
        }
        return Collections.unmodifiableMap(bundles);
    }

    private static Map<String, Map<String, String>> loadRegional() {
        Map<String, Map<String, String>> regional = new HashMap<>();
        REGIONS.forEach(region -> regional.put(region, read("messages_" + region + ".properties")));
        return Collections.unmodifiableMap(regional);
    }

    /** The texts of one bundle file, in UTF-8. */
    private static Map<String, String> read(String name) {
        try (InputStream in = Bundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle " + name, e);
        }
    }

    /** The pattern of {@code key} in a region ({@code de_CH}), its language's when the region words it alike. */
    static String pattern(Language language, String region, String key) {
        Map<String, String> own = REGIONAL.get(region);
        String pattern = own == null ? null : own.get(key);
        return pattern != null ? pattern : pattern(language, key);
    }

    /** The keys a region words otherwise than its language. */
    static Map<String, String> regional(String region) {
        return REGIONAL.getOrDefault(region, Map.of());
    }

    /** The pattern of {@code key} in {@code language}, falling back to English; null if none. */
    static String pattern(Language language, String key) {
        String pattern = BUNDLES.get(language).get(key);
        return pattern != null ? pattern : BUNDLES.get(Language.ENGLISH).get(key);
    }

    /** The keys of one language's own bundle, for the completeness test. */
    static Map<String, String> texts(Language language) {
        return BUNDLES.get(language);
    }
}
