package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.Contract;
import io.github.servicecontract.model.ContractTerms;
import io.github.servicecontract.model.Renewal;
import io.github.servicecontract.model.Term;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The notice that a contract will renew, in its client's language (consumer code L.\u00A0215-1 in France). */
class RenewalNoticeTest {

    @Test
    void aFrenchConsumersNotice_inTheWindowOfTheLaw_givesTheDatesTheDeadlineInABox_andHowToObject_andCitesTheLaw() {
        String text = ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 10, 1),
                RenderOptions.builder().issuer(Samples.DOMOTIQUE_RHONE).build()).render(DocumentFormat.TEXT);

        assertThat(Golden.normalise(text)).startsWith("Domotique Rhône SARL\n8 rue Garibaldi\n69006 Lyon\n")
                .contains("Reconduction de votre contrat de maintenance\n"
                + "============================================\n"
                + "\n"
                + "Le 1er octobre 2026\n"
                + "\n"
                + "Client\n"
                + "  Claire Martin\n"
                + "  12 chemin des Tilleuls\n"
                + "  69003 Lyon\n"
                + "\n"
                + "- Site : Villa Martin, 12 chemin des Tilleuls, Lyon\n"
                + "- Formule : Gold\n"
                + "\n"
                + "Madame, Monsieur,\n"
                + "\n"
                + "Votre contrat de maintenance court jusqu'au 31 décembre 2026. Sauf résiliation de votre part, il sera reconduit"
                + " tacitement le 1er janvier 2027, pour 12 mois.\n"
                + "\n"
                + "+---------------------------------------------------------------------+\n"
                + "| Date limite pour vous opposer à la reconduction : 1er décembre 2026 |\n"
                + "+---------------------------------------------------------------------+\n"
                + "\n"
                + "Si vous ne souhaitez pas qu'il soit reconduit, informez-nous au plus tard le 1er décembre 2026 (préavis : 1 mois).\n"
                + "\n"
                + "Pour résilier, adressez-nous un courrier à Domotique Rhône SARL, 8 rue Garibaldi, 69006 Lyon ou un e-mail à"
                + " support@domotique-rhone.example.\n"
                + "\n"
                + "Cette information vous est communiquée en application de l'article L. 215-1 du code de la consommation.\n"
                + "\n"
                + "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n"
                + "\n"
                + "Domotique Rhône SARL\n");
    }

    @Test
    void outsideTheWindowOfTheLaw_theNoticeSaysItIsNotTheLawsInformation_orWhatALateOneAllows() {
        String early = Golden.normalise(ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 6, 1))
                .render(DocumentFormat.TEXT));
        assertThat(early).contains("Date limite pour vous opposer à la reconduction : 1er décembre 2026")
                .contains("Vous recevrez en outre, entre le 1er septembre 2026 et le 1er novembre 2026, l'information prévue à"
                        + " l'article L. 215-1 du code de la consommation.")
                .doesNotContain("en application de").contains("informez-nous par écrit (lettre ou e-mail)");
        // the window's first and last days are in it
        assertThat(Golden.normalise(ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 9, 1))
                .render(DocumentFormat.TEXT))).contains("en application de l'article L. 215-1");
        assertThat(Golden.normalise(ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 11, 1))
                .render(DocumentFormat.TEXT))).contains("en application de l'article L. 215-1");
        // sent late, the consumer may end the contract free of charge from the renewal date (L. 215-1, second paragraph)
        assertThat(Golden.normalise(ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 11, 2))
                .render(DocumentFormat.TEXT))).contains("Cette information vous parvient après la période prévue à l'article"
                + " L. 215-1 du code de la consommation (du 1er septembre 2026 au 1er novembre 2026) : vous pouvez mettre gratuitement"
                + " un terme au contrat, à tout moment à compter du 1er janvier 2027.").doesNotContain("Vous recevrez en outre");
    }

    @Test
    void sentAfterTheLastDayToObject_theNoticeIsAboutTheNextRenewal_neverADeadlineAlreadyPast() {
        String late = Golden.normalise(ContractDocuments.renewalNotice(Samples.LYON_CONTRACT, LocalDate.of(2026, 12, 15))
                .render(DocumentFormat.TEXT));
        assertThat(late).contains("Le 15 décembre 2026").contains("court jusqu'au 31 décembre 2027")
                .contains("reconduit tacitement le 1er janvier 2028").contains("Date limite pour vous opposer à la reconduction :"
                        + " 1er décembre 2027").doesNotContain("1er décembre 2026")
                .contains("entre le 1er septembre 2027 et le 1er novembre 2027");
    }

    @Test
    void aBusinessClient_orASiteOutsideFrance_isToldNoFrenchLaw() {
        Contract business = Contract.builder().from(Samples.LYON_CONTRACT).client(Samples.CLAIRE_MARTIN
                .withCapacity(Client.Capacity.BUSINESS)).build();
        assertThat(ContractDocuments.renewalNotice(business, LocalDate.of(2026, 10, 1)).render(DocumentFormat.TEXT))
                .doesNotContain("215-1").contains("1er décembre 2026");
    }

    @Test
    void aNoticeOfALaterTerm_givesThatTermsDates_inTheClientsLanguage() {
        Contract english = Contract.builder().from(Samples.LYON_CONTRACT).client(Client.of("Claire Martin", Locale.UK)).build();

        String text = ContractDocuments.renewalNotice(english, LocalDate.of(2027, 10, 1)).render(DocumentFormat.MARKDOWN);

        assertThat(text).startsWith("# Renewal of your service contract\n")
                .contains("Your service contract runs until 31 December 2027. Unless you cancel it, it renews automatically on"
                        + " 1 January 2028, for 12 months.")
                .contains("If you do not want it to renew, tell us by 1 December 2027 at the latest (notice: 1 month).")
                .contains("article L.\u00A0215-1 of the French Consumer Code");
    }

    @Test
    void outsideFrance_theNoticeCitesNoFrenchLaw_andSwissGermanHasNoEszett() {
        Contract milan = Contract.builder().client(Client.of("Giulia Bianchi", Locale.ITALY)).site(Samples.VILLA_BIANCHI)
                .tier(Samples.MILAN_QUOTE.context().tier()).terms(Samples.MILAN_QUOTE.context().terms()).build();
        assertThat(ContractDocuments.renewalNotice(milan, LocalDate.of(2026, 11, 1)).render(DocumentFormat.TEXT))
                .contains("Salvo disdetta, si rinnoverà tacitamente il 1º gennaio 2027, per 12 mesi.")
                .doesNotContain("L.\u00A0215-1");
        Contract swiss = Contract.builder().from(Samples.LYON_CONTRACT).client(Client.of("Hans Muster", Locale.forLanguageTag("de-CH")))
                .build();
        assertThat(ContractDocuments.renewalNotice(swiss, LocalDate.of(2026, 10, 1)).render(DocumentFormat.TEXT))
                .contains("verlängert er sich am 1. Januar 2027 automatisch um 12 Monate.")
                .contains("bis spätestens 1. Dezember 2026 mit (Kündigungsfrist: 1 Monat).")
                .contains("Diese Information erhalten Sie gemäss Artikel L.\u00A0215-1").doesNotContain("ß");
    }

    @Test
    void aContractThatDoesNotRenewOrHasEnded_hasNoNotice() {
        Contract once = Contract.builder().from(Samples.LYON_CONTRACT).terms(ContractTerms.builder().from(Samples.ANNUAL)
                .renewal(Renewal.NONE).build()).build();
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.renewalNotice(once, LocalDate.of(2026, 10, 1)))
                .withMessage("terms.renewal must be AUTOMATIC to have a renewal notice, was NONE");
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.renewalNotice(once, LocalDate.of(2027, 1, 1)))
                .withMessage("day must be within the term, which ends on 2026-12-31 without renewal, was 2027-01-01");
        Contract open = Contract.builder().from(Samples.LYON_CONTRACT).terms(ContractTerms.builder().from(Samples.ANNUAL)
                .term(Term.openEnded()).build()).build();
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.renewalNotice(open, LocalDate.of(2026, 10, 1)))
                .withMessage("term must be fixed to have renewal dates, was open-ended");
    }
}
