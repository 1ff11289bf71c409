package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.model.Benefit;
import io.github.servicecontract.model.BillingFrequency;
import io.github.servicecontract.model.ChargeableService;
import io.github.servicecontract.model.Delivery;
import io.github.servicecontract.model.Monitoring;
import io.github.servicecontract.model.ServiceLevel;
import io.github.servicecontract.model.StandardClause;
import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.InstalledValueBasis;
import io.github.servicecontract.pricing.LabourRule;
import io.github.servicecontract.pricing.Legs;
import io.github.servicecontract.pricing.QuoteLine;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.TimeBand;
import io.github.servicecontract.pricing.Unit;
import io.github.servicecontract.pricing.billing.Proration;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key the library uses exists in every bundle, and the translations take the same arguments. */
class BundleCompletenessTest {

    private static final List<Class<? extends Enum<?>>> WORDED_ENUMS = List.of(ServiceLevel.class, Delivery.class,
            Monitoring.class, BillingFrequency.class, TimeBand.class, Legs.class, LabourRule.BandApplication.class,
            Proration.class, InstalledValueBasis.class, Brackets.Mode.class, QuoteLine.Periodicity.class, Benefit.class,
            ChargeableService.class);

    /** Every key the library asks for. */
    static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(TextKey.values()).forEach(key -> keys.add(key.key()));
        for (Class<? extends Enum<?>> type : WORDED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        Arrays.stream(BillingFrequency.values()).forEach(f -> keys.add("per." + f.name()));
        Arrays.stream(Unit.values()).forEach(u -> {
            keys.add("unit." + u.name());
            keys.add("unit-name." + u.name());
        });
        Arrays.stream(StandardClause.values()).forEach(c -> keys.add(c.messageKey().value()));
        componentConstants().forEach(c -> keys.add("component." + c.id()));
        constantsOf(TaxRate.class).forEach(tax -> keys.add("tax." + tax.country().country()));
        constantsOf(io.github.servicecontract.pricing.Role.class).forEach(role -> keys.add("role." + role.id()));
        constantsOf(io.github.servicecontract.model.Subsystem.class).forEach(subsystem -> keys.add("subsystem." + subsystem.id()));
        Arrays.stream(io.github.servicecontract.model.Registration.Kind.values()).forEach(kind -> keys.add("enum.Kind." + kind.name()));
        TraceVocabulary.labels().forEach(label -> keys.add("trace." + label));
        TraceVocabulary.rules().forEach(rule -> keys.add("rule." + rule));
        TraceVocabulary.reasons().forEach(reason -> keys.add("reason." + reason));
        return keys;
    }

    static List<CostComponent> componentConstants() {
        return constantsOf(CostComponent.class);
    }

    /** The public constants a class declares of its own type. */
    private static <T> List<T> constantsOf(Class<T> type) {
        List<T> constants = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                try {
                    constants.add(type.cast(field.get(null)));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    @Test
    void everyKeyExistsInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(Bundle.texts(language).keySet()).as("bundle %s", language).containsAll(requiredKeys());
        }
    }

    @Test
    void noBundleHasAKeyTheBaseLacks() {
        Set<String> base = Bundle.texts(Language.ENGLISH).keySet();
        for (Language language : Language.values()) {
            assertThat(base).as("keys of %s", language).containsAll(Bundle.texts(language).keySet());
        }
    }

    @Test
    void translationsTakeTheSameArgumentsAsEnglish() {
        Map<String, String> english = Bundle.texts(Language.ENGLISH);
        for (Language language : Language.values()) {
            Bundle.texts(language).forEach((key, pattern) -> {
                int expected = new MessageFormat(english.get(key), Language.ENGLISH.toLocale()).getFormatsByArgumentIndex().length;
                MessageFormat format = new MessageFormat(pattern, language.toLocale());
                assertThat(format.getFormatsByArgumentIndex().length).as("arguments of %s in %s", key, language).isEqualTo(expected);
                assertThat(argumentsUsed(pattern)).as("argument indices of %s in %s", key, language)
                        .isEqualTo(argumentsUsed(english.get(key)));
            });
        }
    }

    @Test
    void aRegionsFile_wordsOnlyKeysItsLanguageHas_withTheSameArguments_andOtherwise() {
        for (String region : Bundle.REGIONS) {
            Language language = Language.of(java.util.Locale.forLanguageTag(region.replace('_', '-')));
            Map<String, String> own = Bundle.regional(region);
            assertThat(own).as("keys of %s", region).isNotEmpty();
            own.forEach((key, pattern) -> {
                String general = Bundle.texts(language).get(key);
                assertThat(general).as("%s of %s in its language", key, region).isNotNull();
                assertThat(pattern).as("%s of %s", key, region).isNotEqualTo(general).doesNotContain("'");
                assertThat(argumentsUsed(pattern)).as("argument indices of %s in %s", key, region).isEqualTo(argumentsUsed(general));
            });
        }
        // a region's word wins, its language's stands for the rest
        assertThat(Messages.of(java.util.Locale.forLanguageTag("de-CH")).text(TextKey.QUOTE_TITLE)).isEqualTo("Offerte für einen Wartungsvertrag");
        assertThat(Messages.of(java.util.Locale.forLanguageTag("de-LI")).text(TextKey.QUOTE_TITLE)).isEqualTo("Offerte für einen Wartungsvertrag");
        assertThat(Messages.of(java.util.Locale.GERMANY).text(TextKey.QUOTE_TITLE)).isEqualTo("Angebot für einen Wartungsvertrag");
        assertThat(Messages.of(java.util.Locale.US).component(io.github.servicecontract.pricing.CostComponent.ON_SITE_LABOUR))
                .isEqualTo("On-site labor");
        assertThat(Messages.of(java.util.Locale.UK).component(io.github.servicecontract.pricing.CostComponent.ON_SITE_LABOUR))
                .isEqualTo("On-site labour");
        assertThat(Messages.of(java.util.Locale.forLanguageTag("de-CH")).text(TextKey.COVERAGE)).isEqualTo("Servicezeiten");
    }

    @Test
    void patternsUseTypographicApostrophes() {
        for (Language language : Language.values()) {
            Bundle.texts(language).forEach((key, pattern) -> assertThat(pattern).as("%s in %s", key, language).doesNotContain("'"));
        }
    }

    private static Set<Integer> argumentsUsed(String pattern) {
        Set<Integer> used = new TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            used.add(Integer.parseInt(matcher.group(1)));
        }
        return used;
    }
}
