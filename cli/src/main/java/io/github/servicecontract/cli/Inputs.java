package io.github.servicecontract.cli;

import io.github.servicecontract.i18n.Document;
import io.github.servicecontract.i18n.DocumentFormat;
import io.github.servicecontract.i18n.Language;
import io.github.servicecontract.jackson.contractfile.ContractFile;
import io.github.servicecontract.jackson.contractfile.InputException;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.Percentage;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.model.internal.Checks;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.RateTable;
import io.github.servicecontract.pricing.TaxRate;
import io.github.servicecontract.pricing.Taxation;
import io.github.servicecontract.pricing.TierCatalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that writes a document shares (the contract file, the language and
 * the format) and what a command does with them: read the contract, price a tier (from the sheet
 * a {@link RateSheetOption} gives), print a document.
 */
final class Inputs {

    /** The command this mixin is part of: where its output and error streams are. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Contract file (YAML, or JSON by its .json extension): client, site, terms, tiers, usage."
                    + " Default: the embedded Lyon sample.")
    Path input;

    @Option(names = {"-l", "--locale"}, paramLabel = "TAG",
            description = "Language and country to write in, such as fr-FR or de-CH. Default: the client's.")
    String locale;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "TEXT",
            description = "TEXT, MARKDOWN, HTML or PDF (with -o FILE); JSON for quote, compare, schedule and statement."
                    + " Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the document to FILE instead of the standard output; a PDF is always written to a file.")
    Path output;

    /** The name of the contract file read, for messages. */
    String source() {
        return input == null ? "sample" : input.getFileName() == null ? input.toString() : input.getFileName().toString();
    }

    ContractFile contents() {
        return input == null ? ContractFile.sample() : ContractFile.read(input);
    }

    /** The tier {@code --tier} names, or the file's. */
    ServiceTier tier(ContractFile contents, Optional<String> tier) {
        TierId id = tier.map(text -> {
            try {
                return TierId.of(text);
            } catch (IllegalArgumentException e) {
                throw new InputException("--tier", "", e.getMessage());
            }
        }).orElse(contents.tier());
        try {
            return contents.catalogue().offer(id).tier();
        } catch (IllegalArgumentException e) {
            throw new InputException("--tier", "", e.getMessage());
        }
    }

    /** The context of the tier {@code --tier} names, or the file's, priced from the sheet {@code rates} gives. */
    PricingContext context(ContractFile contents, Optional<String> tier, RateSheetOption rates) {
        ServiceTier chosen = tier(contents, tier);
        RateTable table = rates.tableFor(contents);
        try {
            return contents.context(chosen, table, contents.terms().start());
        } catch (IllegalArgumentException e) {
            throw new InputException(source(), "", e.getMessage());
        }
    }

    Locale locale(ContractFile contents) {
        if (locale == null) {
            return contents.client().locale();
        }
        try {
            return Checks.languageTag(locale);
        } catch (IllegalArgumentException e) {
            throw new InputException("--locale", "", e.getMessage());
        }
    }

    /** Says, on the error stream, that a locale's language has no bundle and English is used. */
    static Optional<String> fallbackNote(Locale locale) {
        return Language.isSupported(locale) ? Optional.empty()
                : Optional.of("servicecontract: no texts in " + locale.getDisplayLanguage(Locale.ENGLISH) + ", writing in English");
    }

    /** Prices the tier (the file's, or {@code tier}) with its own rule. */
    io.github.servicecontract.pricing.Quote quote(ContractFile contents, Optional<String> tier, RateSheetOption rates) {
        PricingContext context = context(contents, tier, rates);
        return priced(contents, io.github.servicecontract.pricing.Quote.of(context, contents.catalogue().offer(context.tier().id()).rule()));
    }

    /**
     * Returns {@code quote} if it prices all the usage and every service billed on demand, or refuses it at the tier's
     * pricing rules: a quote that leaves usage or an on-demand price out says less than the client will pay.
     */
    io.github.servicecontract.pricing.Quote priced(ContractFile contents, io.github.servicecontract.pricing.Quote quote) {
        try {
            return quote.requireUsagePriced().requireOnDemandPriced();
        } catch (IllegalArgumentException e) {
            List<TierCatalogue.Offer> offers = contents.catalogue().offers();
            int index = 0;
            while (!offers.get(index).tier().id().equals(quote.context().tier().id())) {
                index++;
            }
            throw new InputException(source(), "/tiers/" + index + "/pricing", e.getMessage());
        }
    }

    /** Checks whether the command is to write JSON rather than a document. */
    boolean json() {
        return format == OutputFormat.JSON;
    }

    /** Writes a document in the chosen format, after the fallback note when the language has no texts. */
    void print(Locale locale, Document document) {
        DocumentFormat chosen = format.document().orElseThrow(() -> new InputException("--format", "",
                "must be TEXT, MARKDOWN, HTML or PDF for " + command.name() + ", was JSON; quote, compare, schedule, statement"
                        + " and validate write JSON"));
        if (format == OutputFormat.PDF && output == null) {
            throw new InputException("--output", "", "must name the file a PDF is written to, such as -o devis.pdf");
        }
        fallbackNote(locale).ifPresent(command.commandLine().getErr()::println);
        if (output == null) {
            command.commandLine().getOut().print(document.render(chosen));
            command.commandLine().getOut().flush();
            return;
        }
        try {
            if (format == OutputFormat.PDF) {
                java.nio.file.Files.write(output, io.github.servicecontract.pdf.PdfDocuments.write(document));
            } else {
                java.nio.file.Files.writeString(output, document.render(chosen), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw unwritable(e);
        }
    }

    /** A refusal of {@code --output} that says why the file cannot be written. */
    private InputException unwritable(java.io.IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? "access is denied"
                : e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null
                        ? ((java.nio.file.FileSystemException) e).getReason() : String.valueOf(e.getMessage());
        return new InputException("--output", "", "cannot be written to " + output + ": " + why);
    }

    /** Writes JSON: the envelope of a command's output, its format and version first, then {@code fields} in order. */
    void printJson(String kind, Locale labels, Map<String, Object> fields) {
        if (output == null) {
            Json.print(command.commandLine().getOut(), kind, labels, fields);
            return;
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try (java.io.PrintWriter json = new java.io.PrintWriter(text)) {
            Json.print(json, kind, labels, fields);
        }
        try {
            java.nio.file.Files.writeString(output, text.toString(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw unwritable(e);
        }
    }

    /**
     * The taxation of the file's tax rate, or the standard one of the site's country; in a country
     * that rounds cash (Switzerland), payable amounts are rounded as it does either way.
     */
    Optional<Taxation> tax(ContractFile contents) {
        Optional<Taxation> standard = Taxation.standardFor(contents.site().region());
        return contents.taxRate().map(rate -> standard.flatMap(Taxation::cashRounding)
                .map(cash -> Taxation.of(rate).withCashRounding(cash)).orElse(Taxation.of(rate))).or(() -> standard);
    }

    /** The taxation invoices carry: the file's, the standard one of the site's country, or none. */
    Taxation invoiceTax(ContractFile contents) {
        return tax(contents).orElse(Taxation.of(TaxRate.of(contents.site().region().toCountry(), Percentage.ZERO)));
    }

    /** The contract of the tier {@code --tier} names, or the file's, for its client, writing in {@code locale}. */
    Contract contract(ContractFile contents, Locale locale, Optional<String> tier) {
        Client client = contents.client();
        return Contract.builder().client(client.withLocale(locale)).site(contents.site())
                .tier(tier(contents, tier)).terms(contents.terms()).build();
    }
}
