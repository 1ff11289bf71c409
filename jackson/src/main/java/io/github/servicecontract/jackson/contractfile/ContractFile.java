package io.github.servicecontract.jackson.contractfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.servicecontract.i18n.DocumentReference;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.Prepayment;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract file as read: the client, the site, the terms, the tier catalogue with each tier's pricing rules, the
 * tier sold, the usage, and optionally the tax rate, the integrator, the document's reference and the prepayments.
 *
 * <pre>{@code
 * ContractFile file = ContractFile.read(Path.of("lyon.yaml"));
 * Quote quote = Quote.of(file.context(rates), file.offer().rule());
 * }</pre>
 *
 * <p>Every value went through the library's factories and builders, so it is valid; the file as a whole was checked
 * too (the tier sold is in the catalogue, the terms are lawful for the client). A problem is an {@link InputException}
 * naming the file, the JSON Pointer of the place ({@code /tiers/0/quotas/onSiteVisitsPerYear}) and the rule.
 *
 * <p>This class is immutable and thread-safe; it has identity equality, as the pricing rules it holds do.
 */
public final class ContractFile {

    /** The largest contract file read, 1 MiB; a larger one is refused before it is read. */
    public static final long MAX_BYTES = ContractFileReader.MAX_BYTES;

    private static final String SAMPLE = "lyon.yaml";

    private final Client client;
    private final Site site;
    private final ContractTerms terms;
    private final TierCatalogue catalogue;
    private final TierId tier;
    private final Usage usage;
    private final Optional<TaxRate> taxRate;
    private final Optional<Integrator> integrator;
    private final Optional<DocumentReference> document;
    private final List<Prepayment> prepaid;
    /**
     * Each tier's pricing rules as the file wrote them, in the catalogue's order: what {@link #text} writes back. Nodes
     * of the tree read, never handed out of this package nor changed in it (the writer copies them).
     */
    private final List<JsonNode> pricing;

    ContractFile(Client client, Site site, ContractTerms terms, TierCatalogue catalogue, TierId tier, Usage usage,
            Optional<TaxRate> taxRate, Optional<Integrator> integrator, Optional<DocumentReference> document, List<Prepayment> prepaid,
            List<JsonNode> pricing) {
        this.client = Objects.requireNonNull(client, "client");
        this.site = Objects.requireNonNull(site, "site");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.taxRate = Objects.requireNonNull(taxRate, "taxRate");
        this.integrator = Objects.requireNonNull(integrator, "integrator");
        this.document = Objects.requireNonNull(document, "document");
        this.prepaid = List.copyOf(prepaid);
        this.pricing = List.copyOf(pricing);
        if (this.pricing.size() != catalogue.offers().size()) {
            throw new IllegalArgumentException("pricing must give the rules of each of the " + catalogue.offers().size() + " tiers, was "
                    + this.pricing.size());
        }
    }

    /**
     * Reads a contract file: a regular file of at most {@link #MAX_BYTES} bytes of UTF-8, in JSON if its name ends with
     * {@code .json}, in YAML otherwise.
     *
     * @param file the file
     * @return what it describes
     * @throws InputException naming the file, the place and the problem, if it cannot be read or is not a valid contract file
     */
    public static ContractFile read(Path file) {
        return ContractFileReader.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a contract file's text, held to the rules of a file: at most {@link #MAX_BYTES} characters, no control
     * character but tabs and line ends, no byte-order mark but at its start.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param syntax YAML or JSON
     * @return what it describes
     * @throws InputException naming the file, the place and the problem
     */
    public static ContractFile parse(String name, String text, Syntax syntax) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(syntax, "syntax");
        return ContractFileReader.parse(name, ContractFileReader.checked(name, Objects.requireNonNull(text, "text"), MAX_BYTES), syntax);
    }

    /**
     * The sample contract the README's first command quotes: a villa near Lyon, three tiers, a 10-hour bank.
     *
     * @return the sample as read
     */
    public static ContractFile sample() {
        return parse("sample " + SAMPLE, sampleText(), Syntax.YAML);
    }

    /**
     * The YAML text of {@link #sample()}, a commented example of the format.
     *
     * @return the text
     */
    public static String sampleText() {
        try (InputStream in = ContractFile.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the embedded sample cannot be read", e);
        }
    }

    /** @return the client */
    public Client client() {
        return client;
    }

    /** @return the serviced site */
    public Site site() {
        return site;
    }

    /** @return the contract terms */
    public ContractTerms terms() {
        return terms;
    }

    /** @return the tiers offered, each with its pricing rule, in the file's order */
    public TierCatalogue catalogue() {
        return catalogue;
    }

    /** @return the tier sold: the file's {@code tier}, or the catalogue's first */
    public TierId tier() {
        return tier;
    }

    /** @return the offer of the tier sold: the tier and its pricing rule */
    public TierCatalogue.Offer offer() {
        return catalogue.offer(tier);
    }

    /** @return the usage, planned or estimated; none if the file gives none */
    public Usage usage() {
        return usage;
    }

    /** @return the tax rate the file gives, instead of its country's standard rate */
    public Optional<TaxRate> taxRate() {
        return taxRate;
    }

    /** @return the integrator who issues the documents */
    public Optional<Integrator> integrator() {
        return integrator;
    }

    /** @return the document's number, date and validity */
    public Optional<DocumentReference> document() {
        return document;
    }

    /** @return the prepayments bought (hours banks, retainers, ticket packs), in the file's order */
    public List<Prepayment> prepaid() {
        return prepaid;
    }

    /**
     * The context of pricing the tier sold with {@code rates}, on the first day of the terms.
     *
     * @param rates the rate table
     * @return the context
     * @throws IllegalArgumentException if the rates do not apply on that day, or are in another currency than the site
     */
    public PricingContext context(RateTable rates) {
        return context(offer().tier(), rates, terms.start());
    }

    /**
     * The context of pricing this file's site, terms and usage under {@code tier}, with the rates of {@code day}.
     *
     * @param tier the tier priced, of the catalogue or not
     * @param rates the rate table
     * @param day the day whose rates apply
     * @return the context
     * @throws IllegalArgumentException if the rates do not apply on that day, or are in another currency than the site
     */
    public PricingContext context(ServiceTier tier, RateTable rates, LocalDate day) {
        return PricingContext.builder().site(site).tier(tier).terms(terms).rates(rates).usage(usage).pricingDay(day).build();
    }

    /**
     * Writes this contract file in the canonical form its schema describes, which {@link #parse} reads back to the
     * same values: the sections in the sample's order, amounts as exact decimal strings, dates, durations and periods
     * in ISO form, each tier's pricing rules as they were read. Comments and the order of keys of the file read are
     * not kept.
     *
     * @param syntax YAML or JSON
     * @return the text
     * @throws IllegalArgumentException if a value has no form in the format (a tier's coverage that is not one of
     *     business-hours, extended-hours or all-hours under the site's national holidays, for example)
     */
    public String text(Syntax syntax) {
        return ContractFileWriter.write(this, Objects.requireNonNull(syntax, "syntax"));
    }

    /**
     * Writes this contract file to {@code file} in UTF-8, as {@link #text} gives it in the syntax of the file's name.
     *
     * @param file the file, replaced if it exists
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a value has no form in the format
     */
    public void write(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        java.nio.file.Files.writeString(file, text(Syntax.of(file)), StandardCharsets.UTF_8);
    }

    /**
     * Returns a copy with another client, held to the file's rules (the terms lawful for this client).
     *
     * @param client the client
     * @return the copy
     * @throws IllegalArgumentException if the terms are not lawful for the client
     */
    public ContractFile withClient(Client client) {
        return checked(new ContractFile(Objects.requireNonNull(client, "client"), site, terms, catalogue, tier, usage, taxRate,
                integrator, document, prepaid, pricing));
    }

    /**
     * Returns a copy with other terms, held to the file's rules (lawful for the client, the usage within them).
     *
     * @param terms the terms
     * @return the copy
     * @throws IllegalArgumentException if the terms are not lawful for the client, or the usage falls outside them
     */
    public ContractFile withTerms(ContractTerms terms) {
        return checked(new ContractFile(client, site, Objects.requireNonNull(terms, "terms"), catalogue, tier, usage, taxRate, integrator,
                document, prepaid, pricing));
    }

    /**
     * Returns a copy with another site, in the file's currency and the country whose holidays the tiers' coverage takes.
     *
     * @param site the site
     * @return the copy
     * @throws IllegalArgumentException if the site's values are in another currency or it lies in another country
     */
    public ContractFile withSite(Site site) {
        Objects.requireNonNull(site, "site");
        if (!site.installedProductValue().getCurrency().equals(this.site.installedProductValue().getCurrency())) {
            throw Checks.invalid("site.installedValue", site.installedProductValue(), "must be in the file's currency, "
                    + this.site.installedProductValue().getCurrency().getCurrencyCode());
        }
        if (!site.region().equals(this.site.region())) {
            throw Checks.invalid("site.region", site.region(), "must be " + this.site.region()
                    + ", whose holidays the tiers' coverage takes");
        }
        return checked(new ContractFile(client, site, terms, catalogue, tier, usage, taxRate, integrator, document, prepaid, pricing));
    }

    /**
     * Returns a copy with another usage, each day within the terms.
     *
     * @param usage the usage
     * @return the copy
     * @throws IllegalArgumentException if an intervention falls outside the terms
     */
    public ContractFile withUsage(Usage usage) {
        return checked(new ContractFile(client, site, terms, catalogue, tier, Objects.requireNonNull(usage, "usage"), taxRate, integrator,
                document, prepaid, pricing));
    }

    /**
     * Returns a copy that sells another tier of the catalogue.
     *
     * @param tier the tier's id
     * @return the copy
     * @throws IllegalArgumentException if the catalogue offers no such tier, or its terms are not lawful for the client
     */
    public ContractFile withTier(TierId tier) {
        return checked(new ContractFile(client, site, terms, catalogue, Objects.requireNonNull(tier, "tier"), usage, taxRate, integrator,
                document, prepaid, pricing));
    }

    /** Each tier's pricing rules as the file wrote them, in the catalogue's order. */
    List<JsonNode> pricing() {
        return pricing;
    }

    /**
     * A copy held to what the reader checks of a whole file: the tier sold in the catalogue, the terms lawful for the
     * client, amounts in the file's currency; then written and read back, so that every value has its form in the
     * format and passes the reader's rules (a language tag, the bounds of numbers and dates, the miles rule's distance).
     */
    private static ContractFile checked(ContractFile file) {
        TierCatalogue.Offer offer = file.catalogue.offer(file.tier);
        io.github.servicecontract.model.Contract.builder().client(file.client).site(file.site).tier(offer.tier()).terms(file.terms).build();
        javax.money.CurrencyUnit currency = file.site.installedProductValue().getCurrency();
        file.terms.earlyTermination().filter(rule -> rule instanceof io.github.servicecontract.model.EarlyTermination.Fee)
                .map(rule -> ((io.github.servicecontract.model.EarlyTermination.Fee) rule).amount())
                .filter(fee -> !fee.getCurrency().equals(currency)).ifPresent(fee -> {
                    throw Checks.invalid("terms.earlyTermination.fee", fee, "must be in the file's currency, " + currency.getCurrencyCode());
                });
        try {
            ContractFileReader.parse("the changed contract file", file.text(Syntax.YAML), Syntax.YAML);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return file;
    }

    @Override
    public String toString() {
        return "ContractFile{client=" + client.name() + ", site=" + site.name() + ", tier=" + tier + ", tiers="
                + catalogue.offers().size() + "}";
    }
}
