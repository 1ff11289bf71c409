package io.github.servicecontract.i18n;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Equipment;
import io.github.servicecontract.model.Integrator;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.WarrantyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a quote or contract around its prices: who issues it, its number and validity,
 * whom it is addressed to, the covered equipment, how to reach support, how to cancel and where
 * both parties sign. Each is built from the values alone, worded by {@link Messages}.
 */
final class DocumentSections {

    private DocumentSections() {}

    /** The integrator's letterhead: its name, address, registration numbers and contact details. */
    static Document.Party letterhead(Messages words, Integrator issuer) {
        List<String> lines = new ArrayList<>();
        lines.add(issuer.name());
        lines.addAll(issuer.address().lines());
        if (!issuer.registrations().isEmpty()) {
            lines.add(String.join(" · ", issuer.registrations().stream().map(words::registration).toList()));
        }
        List<String> contact = new ArrayList<>();
        issuer.phone().ifPresent(phone -> contact.add(words.text(TextKey.PHONE, phone)));
        issuer.email().ifPresent(email -> contact.add(words.text(TextKey.EMAIL, email)));
        if (!contact.isEmpty()) {
            lines.add(String.join(" · ", contact));
        }
        return new Document.Party("", lines);
    }

    /** "Devis n° DEV-2026-0042 du 1er décembre 2025", and how long the offer stays open. */
    static List<Document.Block> reference(Messages words, DocumentReference reference, TextKey kind) {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Paragraph(words.text(kind, reference.number(), words.date(reference.issued()))));
        reference.validity().ifPresent(validity -> blocks.add(new Document.Paragraph(words.text(TextKey.VALID_UNTIL,
                words.period(validity), words.date(reference.validUntil().orElseThrow())))));
        return blocks;
    }

    /** The client the document is addressed to: the name, then the address. */
    static Document.Party client(Messages words, Client client) {
        List<String> lines = new ArrayList<>();
        lines.add(client.name());
        client.address().ifPresent(address -> lines.addAll(address.lines()));
        return new Document.Party(words.text(TextKey.CLIENT), lines);
    }

    /**
     * The site's equipment: each model, its system, how many and the manufacturer's warranty as
     * it stands on the contract's first day; nothing when the site lists none.
     */
    static List<Document.Block> equipment(Messages words, Site site, ContractTerms terms) {
        if (site.equipment().isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Equipment item : site.equipment()) {
            String warranty = item.warrantyStatusOn(terms.start()) == WarrantyStatus.IN_WARRANTY
                    ? words.text(TextKey.WARRANTY_UNTIL, words.date(item.warrantyEnd()))
                    : words.text(TextKey.WARRANTY_ENDED, words.date(item.warrantyEnd()));
            rows.add(List.of(item.brand() + " " + item.model(), words.subsystem(item.subsystem()),
                    words.number(java.math.BigDecimal.valueOf(item.quantity())), warranty));
        }
        return List.of(new Document.Heading(2, words.text(TextKey.EQUIPMENT_HEADING)),
                new Document.Table(List.of(words.text(TextKey.COLUMN_EQUIPMENT), words.text(TextKey.COLUMN_SUBSYSTEM),
                        words.text(TextKey.COLUMN_QUANTITY), words.text(TextKey.COLUMN_WARRANTY)),
                        List.of(Document.Align.LEFT, Document.Align.LEFT, Document.Align.RIGHT, Document.Align.LEFT), rows));
    }

    /** How to reach support: when (the tier's hours of coverage) and how (the issuer's telephone and e-mail). */
    static List<Document.Block> support(Messages words, Optional<Integrator> issuer, ServiceTier tier) {
        if (issuer.isEmpty() || issuer.get().phone().isEmpty() && issuer.get().email().isEmpty()) {
            return List.of();
        }
        List<String> ways = new ArrayList<>();
        ways.add(words.text(TextKey.SUPPORT_HOURS, words.coverage(tier.coverage())));
        issuer.get().phone().ifPresent(phone -> ways.add(words.text(TextKey.SUPPORT_PHONE, phone)));
        issuer.get().email().ifPresent(email -> ways.add(words.text(TextKey.SUPPORT_EMAIL, email)));
        return List.of(new Document.Heading(2, words.text(TextKey.SUPPORT_HEADING)), new Document.BulletList(ways));
    }

    /** Where to send a cancellation: the issuer's name and address, and its e-mail, when it is named. */
    static Optional<String> cancellation(Messages words, Optional<Integrator> issuer) {
        return issuer.map(integrator -> {
            String address = integrator.name() + ", " + integrator.address();
            return integrator.email().map(email -> words.text(TextKey.CANCEL_BY_LETTER_OR_EMAIL, address, email))
                    .orElseGet(() -> words.text(TextKey.CANCEL_BY_LETTER, address));
        });
    }

    /** The acceptance block: who signs for the client and for the integrator, with the place, the date and the signature. */
    static List<Document.Block> acceptance(Messages words, Optional<Client> client, Optional<Integrator> issuer) {
        String forClient = client.map(c -> words.text(TextKey.SIGNATORY_CLIENT, c.name()))
                .orElseGet(() -> words.text(TextKey.SIGNATORY_CLIENT_UNNAMED));
        String forIntegrator = issuer.map(i -> words.text(TextKey.SIGNATORY_INTEGRATOR, i.name()))
                .orElseGet(() -> words.text(TextKey.SIGNATORY_INTEGRATOR_UNNAMED));
        return List.of(new Document.Signatures(words.text(TextKey.ACCEPTANCE_HEADING), words.text(TextKey.ACCEPTANCE_INTRO),
                List.of(forClient, forIntegrator), List.of(words.text(TextKey.SIGN_PLACE), words.text(TextKey.SIGN_DATE),
                        words.text(TextKey.SIGN_SIGNATURE))));
    }

    /**
     * For a site in Italy, the specific written approval that articles 1341 (second paragraph) and
     * 1342 of the civil code (Codice civile, R.D. 16 marzo 1942, n. 262) require, on a quote the client
     * signs as on a contract, of onerous clauses in standard terms: tacit renewal with its notice, the price
     * revision, the exclusions of cover, a price for ending early; signed by the client apart from the contract. Nothing elsewhere,
     * or when no such clause is there.
     */
    static List<Document.Block> specificApproval(Messages words, io.github.servicecontract.model.Site site,
            io.github.servicecontract.model.ContractTerms terms, List<io.github.servicecontract.model.Clause> contractClauses,
            Optional<Client> client) {
        if (!site.region().country().equals("IT")) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        if (terms.renewal() == io.github.servicecontract.model.Renewal.AUTOMATIC && !terms.term().isOpenEnded()) {
            clauses.add(words.text(TextKey.APPROVAL_TACIT_RENEWAL, words.text(TextKey.MONTHS, terms.term().months().getAsInt()),
                    words.period(terms.cancellationNotice())));
        }
        if (!terms.escalation().equals(io.github.servicecontract.model.Escalation.none())) {
            clauses.add(words.text(TextKey.APPROVAL_ESCALATION));
        }
        if (contractClauses.stream().anyMatch(clause -> !clause.isInclusion())) {
            clauses.add(words.text(TextKey.APPROVAL_EXCLUSIONS)); // limits of cover are onerous on their own
        }
        // a price for the client's leaving limits its freedom to withdraw: onerous too
        if (terms.earlyTermination().filter(rule -> rule instanceof io.github.servicecontract.model.EarlyTermination.Fee
                ? !((io.github.servicecontract.model.EarlyTermination.Fee) rule).amount().isZero()
                : !((io.github.servicecontract.model.EarlyTermination.ShareOfRemaining) rule).share().isZero()).isPresent()) {
            clauses.add(words.text(TextKey.APPROVAL_EARLY_TERMINATION));
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        return List.of(new Document.Signatures(words.text(TextKey.APPROVAL_HEADING),
                words.text(TextKey.APPROVAL_INTRO, words.series(clauses)),
                List.of(client.map(c -> words.text(TextKey.SIGNATORY_CLIENT, c.name()))
                        .orElseGet(() -> words.text(TextKey.SIGNATORY_CLIENT_UNNAMED))),
                List.of(words.text(TextKey.SIGN_PLACE), words.text(TextKey.SIGN_DATE), words.text(TextKey.SIGN_SIGNATURE))));
    }
}
