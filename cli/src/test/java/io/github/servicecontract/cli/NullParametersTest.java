package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.i18n.Messages;
import io.github.servicecontract.i18n.MoneyFormat;
import io.github.servicecontract.i18n.RenderOptions;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.DateWindow;
import io.github.servicecontract.model.Distance;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Intervention;
import io.github.servicecontract.pricing.Multiplier;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.RateKey;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.billing.BillingPolicy;
import io.github.servicecontract.pricing.billing.BillingSchedule;
import io.github.servicecontract.pricing.ratesheet.RateSheet;
import io.github.servicecontract.ratesheet.SampleRateSheets;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the library's four API modules, given {@code null} for
 * one of its parameters and real values for the others, refuses it with a
 * {@link NullPointerException} whose message is the parameter's name: never an NPE that says
 * "null" or "Cannot invoke", never a null accepted silently.
 */
class NullParametersTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    /**
     * What a refusal of null says: the name of the parameter, or of the field it becomes (TierId.of(value) says
     * tierId, as its other refusals do), possibly with its place in a list or a value ({@code lines[2]}).
     */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*|\\[\\d+\\])*");

    /** A real value of each type the API takes, made fresh for each call (builders are mutable). */
    private static final Map<Class<?>, Supplier<?>> VALUES = values();

    private static Map<Class<?>, Supplier<?>> values() {
        ContractFile sample = ContractFile.sample();
        RateSheet sheet = SampleRateSheets.france();
        RateTable table = sheet.toRateTable(JAN);
        TierCatalogue.Offer offer = sample.catalogue().offer(sample.tier());
        ServiceTier tier = offer.tier();
        PricingContext context = sample.context(tier, table, JAN);
        Quote quote = Quote.of(context, offer.rule());
        Taxation taxation = Taxation.of(TaxRate.FRANCE);
        BillingPolicy policy = BillingPolicy.builder().taxation(taxation).build();
        CurrencyUnit euro = Monetary.getCurrency("EUR");
        Contract contract = Contract.builder().client(sample.client()).site(sample.site()).tier(tier).terms(sample.terms()).build();
        Map<Class<?>, Supplier<?>> values = new HashMap<>();
        put(values, sample.client(), sample.site(), sample.terms(), sample.catalogue(), sample.tier(), sample.usage(), tier, offer,
                offer.rule(), context, quote, table, sheet, sheet.rows().get(0), taxation, TaxRate.FRANCE, policy,
                TierComparison.of(context, sample.catalogue()), contract,
                sample.site().equipment().get(0), tier.clauses().get(0), Percentage.of(5), Distance.ofKilometres(10),
                RegionCode.parse("FR-69"), Intervention.onSite(JAN, Duration.ofHours(1)), CostComponent.FLAT_FEE,
                RateKey.of(CostComponent.TRIP_FEE, RegionCode.ofCountry("FR")), Multiplier.of("1.5"),
                ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY), RenderOptions.SUMMARY, Messages.of(Locale.FRANCE),
                MoneyFormat.of(Locale.FRANCE), tier.coverage(), tier.quotas(), tier.perks(), sample.terms().term());
        BillingSchedule schedule = BillingSchedule.of(quote, policy);
        values.put(io.github.servicecontract.pricing.PricingRule.class, offer::rule);
        values.put(io.github.servicecontract.pricing.QuoteDraft.class, () -> io.github.servicecontract.pricing.QuoteDraft.of(context));
        values.put(io.github.servicecontract.pricing.Rounding.class, context::rounding);
        values.put(io.github.servicecontract.model.HolidayCalendar.class, () -> tier.coverage().holidays());
        values.put(io.github.servicecontract.model.HolidayRule.class, () -> tier.coverage().holidays().rules().get(0));
        values.put(io.github.servicecontract.pricing.TaxedAmount.class, () -> quote.committed(taxation));
        values.put(io.github.servicecontract.pricing.billing.Invoice.class, () -> schedule.invoices().get(0));
        values.put(io.github.servicecontract.pricing.Trace.class, () -> quote.lines().get(0).trace());
        values.put(io.github.servicecontract.pricing.ratesheet.RateRequirements.class, io.github.servicecontract.pricing.ratesheet.RateRequirements::none);
        values.put(io.github.servicecontract.pricing.ratesheet.RateReport.class, sheet::validate);
        values.put(io.github.servicecontract.pricing.Brackets.class, () -> io.github.servicecontract.pricing.Brackets.graduated(List.of(
                io.github.servicecontract.pricing.Brackets.Bracket.above(money(euro)))));
        values.put(io.github.servicecontract.model.DateWindow.class, () -> new io.github.servicecontract.model.DateWindow(JAN, JAN));
        values.put(io.github.servicecontract.pricing.billing.Allocator.class, () -> io.github.servicecontract.pricing.billing.Allocator.of(
                context.rounding(), io.github.servicecontract.pricing.billing.Allocator.Residual.values()[0]));
        values.put(java.time.ZoneId.class, () -> java.time.ZoneId.of("Europe/Paris"));
        values.put(java.time.ZonedDateTime.class, () -> JAN.atStartOfDay(java.time.ZoneId.of("Europe/Paris")));
        values.put(java.time.MonthDay.class, () -> java.time.MonthDay.of(1, 1));
        values.put(java.math.RoundingMode.class, () -> java.math.RoundingMode.HALF_UP);
        values.put(Path.class, () -> Path.of("rates.csv"));
        values.put(java.io.Reader.class, () -> new java.io.StringReader(""));
        values.put(Appendable.class, StringBuilder::new);
        values.put(java.io.Writer.class, java.io.StringWriter::new);
        values.put(BillingSchedule.class, () -> schedule);
        values.put(RateTable.Builder.class, () -> RateTable.builder(euro));
        values.put(io.github.servicecontract.pricing.LabourRule.class, io.github.servicecontract.pricing.PricingRules::onSiteLabour);
        values.put(io.github.servicecontract.pricing.billing.PlanPrices.class, () -> io.github.servicecontract.pricing.billing.PlanPrices.of(
                Map.of(io.github.servicecontract.model.BillingFrequency.MONTHLY, money(euro))));
        values.put(io.github.servicecontract.pricing.QuantityTransform.class, io.github.servicecontract.pricing.QuantityTransform::none);
        values.put(io.github.servicecontract.pricing.ComplexityScale.class, () -> io.github.servicecontract.pricing.ComplexityScale.of(
                List.of(new io.github.servicecontract.pricing.ComplexityScale.Step(1, 1, Multiplier.of("1.0")))));
        values.put(io.github.servicecontract.pricing.DistanceZones.class, () -> io.github.servicecontract.pricing.DistanceZones.of(
                List.of(io.github.servicecontract.pricing.DistanceZones.Zone.beyond(money(euro)))));
        values.put(io.github.servicecontract.model.ParameterValue.class, () -> io.github.servicecontract.model.ParameterValue.count(2));
        values.put(io.github.servicecontract.model.AddOnId.class, () -> io.github.servicecontract.model.AddOnId.of("surveillance"));
        values.put(java.util.function.Predicate.class, () -> (java.util.function.Predicate<Object>) anything -> true);
        values.put(MonetaryAmount.class, () -> Monetary.getDefaultAmountFactory().setCurrency(euro).setNumber(10).create());
        values.put(CurrencyUnit.class, () -> euro);
        values.put(BigDecimal.class, () -> BigDecimal.ONE);
        values.put(Number.class, () -> BigDecimal.ONE);
        values.put(LocalDate.class, () -> JAN);
        values.put(Duration.class, () -> Duration.ofHours(1));
        values.put(Period.class, () -> Period.ofMonths(1));
        values.put(Locale.class, () -> Locale.FRANCE);
        values.put(String.class, () -> "gold");
        values.put(CharSequence.class, () -> "gold");
        values.put(Object.class, () -> "gold");
        values.put(int.class, () -> 1);
        values.put(long.class, () -> 1L);
        values.put(boolean.class, () -> false);
        values.put(double.class, () -> 1.0);
        values.put(Optional.class, Optional::empty);
        values.put(List.class, List::of);
        values.put(Collection.class, List::of);
        values.put(Iterable.class, List::of);
        values.put(Set.class, Set::of);
        values.put(Map.class, Map::of);
        return values;
    }

    private static MonetaryAmount money(CurrencyUnit currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(10).create();
    }

    private static void put(Map<Class<?>, Supplier<?>> values, Object... samples) {
        for (Object sample : samples) {
            Class<?> type = sample.getClass();
            // the generated Immutable* class stands for its public abstract type, and an enum constant's body for its enum
            while (type != null && (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().startsWith("Immutable")
                    || type.isAnonymousClass())) {
                type = type.getSuperclass();
            }
            values.putIfAbsent(type, () -> sample);
        }
    }

    @Test
    void everyPublicMethod_refusesANullParameter_namingIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> untested = new TreeSet<>();
        int checked = 0;
        for (Class<?> type : apiClasses()) {
            List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
            for (Method method : type.getMethods()) {
                // equals takes null by its contract, compareTo throws by its own, an enum's valueOf is the language's; an
                // abstract method's refusal is its implementations' (a vendor's pricing rule is theirs)
                boolean contract = method.getName().equals("equals") || method.getName().equals("compareTo")
                        || Modifier.isAbstract(method.getModifiers())
                        || type.isEnum() && method.getName().equals("valueOf") && method.getParameterCount() == 1;
                if (method.getDeclaringClass() == type && !method.isSynthetic() && !method.isBridge() && !contract) {
                    executables.add(method);
                }
            }
            for (Executable executable : executables) {
                Parameter[] parameters = executable.getParameters();
                for (int index = 0; index < parameters.length; index++) {
                    if (parameters[index].getType().isPrimitive()) {
                        continue;
                    }
                    Optional<Object[]> arguments = arguments(parameters, index);
                    boolean instance = executable instanceof Method && !Modifier.isStatic(executable.getModifiers());
                    Optional<Object> target = instance ? value(type) : Optional.of(type);
                    if (arguments.isEmpty() || target.isEmpty()) {
                        untested.add(type.getSimpleName() + "." + executable.getName());
                        continue;
                    }
                    checked++;
                    String problem = callWithNull(executable, target.get(), arguments.get(), parameters[index].getName());
                    if (problem != null) {
                        wrong.add(type.getSimpleName() + "." + executable.getName() + "(" + parameters[index].getName() + "): " + problem);
                    }
                }
            }
        }
        assertThat(checked).as("parameters checked (untested: %s)", untested).isGreaterThanOrEqualTo(420);
        assertThat(wrong).as("methods that do not refuse null naming the parameter").isEmpty();
    }

    private static String callWithNull(Executable executable, Object target, Object[] arguments, String name) {
        try {
            if (executable instanceof Constructor) {
                ((Constructor<?>) executable).newInstance(arguments);
            } else {
                ((Method) executable).invoke(Modifier.isStatic(executable.getModifiers()) ? null : target, arguments);
            }
            return "accepted null";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException) {
                String message = String.valueOf(cause.getMessage());
                return message.equals(name) || NAME.matcher(message).matches() && !message.equals("null") ? null
                        : "NPE \"" + message + "\"";
            }
            return cause.getClass().getSimpleName() + " \"" + cause.getMessage() + "\"";
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return "not callable: " + e;
        }
    }

    private static Optional<Object[]> arguments(Parameter[] parameters, int nullAt) {
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (i == nullAt) {
                continue;
            }
            Optional<Object> value = value(parameters[i].getType());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            arguments[i] = value.get();
        }
        return Optional.of(arguments);
    }

    private static Optional<Object> value(Class<?> type) {
        if (type.isEnum()) {
            return Optional.of(type.getEnumConstants()[0]);
        }
        if (type.isArray()) {
            return Optional.of(java.lang.reflect.Array.newInstance(type.getComponentType(), 0));
        }
        Supplier<?> known = VALUES.get(type);
        if (known != null) {
            return Optional.of(known.get());
        }
        if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
            try {
                return Optional.of(type.getEnclosingClass().getMethod("builder").invoke(null));
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The public classes of the exported packages of model, pricing, rate sheets and i18n. */
    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : List.of(Contract.class, Quote.class, SampleRateSheets.class, ContractDocuments.class)) {
            Module module = anchor.getModule();
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(root.relativize(f).toString()));
                }
            } else {
                try (var jar = new java.util.jar.JarFile(root.toFile())) {
                    jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
                }
            }
            for (String name : names) {
                String className = name.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                if (className.endsWith("module-info") || className.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(className, false, anchor.getClassLoader());
                String pkg = type.getPackageName();
                boolean exported = module.isNamed() ? module.isExported(pkg) : !pkg.contains(".internal");
                if (exported && !pkg.contains(".internal") && Modifier.isPublic(type.getModifiers())
                        && !type.getSimpleName().startsWith("Immutable")) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
