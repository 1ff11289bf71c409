package io.github.servicecontract.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.servicecontract.pricing.Brackets;
import io.github.servicecontract.pricing.CostComponent;
import io.github.servicecontract.pricing.Measure;
import io.github.servicecontract.pricing.PricingContext;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.TierComparison;
import io.github.servicecontract.pricing.Usage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The items of a quote's lines, as its document names them. */
class QuoteLinesDocumentTest {

    private static final List<Brackets.Bracket> BRACKETS = List.of(Brackets.Bracket.upTo(25, Samples.eur("1.50")),
            Brackets.Bracket.above(Samples.eur("1.00")));
    /** The sample without its two visits, which the fees alone would leave unpriced. */
    private static final PricingContext NO_USAGE = PricingContext.builder().from(Samples.LYON_CONTEXT).usage(Usage.NONE).build();

    @Test
    void graduatedLines_nameTheirBracket_inEveryLanguage() {
        Quote quote = Samples.quote(NO_USAGE,
                PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, Brackets.graduated(BRACKETS)));
        assertThat(ContractDocuments.quote(quote, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Subscription per device, up to 25 | 25 devices | €1.50 per month | €450.00 |")
                .contains("| Subscription per device, above 25 | 20 devices | €1.00 per month | €240.00 |");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY)
                .render(DocumentFormat.MARKDOWN))).contains("| Abonnement par appareil, jusqu'à 25 | 25 appareils |")
                .contains("| Abonnement par appareil, au-delà de 25 | 20 appareils |");
        assertThat(ContractDocuments.quote(quote, Locale.ITALY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Canone per dispositivo, fino a 25 |").contains("| Canone per dispositivo, oltre 25 |");
        assertThat(ContractDocuments.quote(quote, Locale.GERMANY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Gebühr pro Gerät, bis 25 |").contains("| Gebühr pro Gerät, über 25 |");
    }

    @Test
    void aVolumeLine_namesTheBracketItsCountReaches() {
        Quote quote = Samples.quote(NO_USAGE,
                PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, Brackets.volume(BRACKETS)));
        assertThat(ContractDocuments.quote(quote, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Subscription per device, above 25 | 45 devices | €1.00 per month | €540.00 |");
    }

    @Test
    void aBracketsFlatAmount_isALineNamedForItsBracket_inEveryLanguage() {
        List<Brackets.Bracket> flats = List.of(Brackets.Bracket.upTo(25, Samples.eur("1.50")).withFlat(Samples.eur("10.00")),
                Brackets.Bracket.above(Samples.eur("1.00")).withFlat(Samples.eur("25.00")));
        Quote quote = Samples.quote(NO_USAGE, PricingRules.bracketed(Measure.DEVICES, CostComponent.DEVICE_FEE, Brackets.graduated(flats)));
        assertThat(ContractDocuments.quote(quote, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Subscription per device, flat fee | 1 item | €10.00 per month | €120.00 |")
                .contains("| Subscription per device, flat fee above 25 | 1 item | €25.00 per month | €300.00 |");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY)
                .render(DocumentFormat.MARKDOWN))).contains("| Abonnement par appareil, forfait au-delà de 25 | 1 forfait |");
        assertThat(ContractDocuments.quote(quote, Locale.ITALY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Canone per dispositivo, quota fissa oltre 25 |");
        assertThat(ContractDocuments.quote(quote, Locale.GERMANY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Gebühr pro Gerät, Pauschale über 25 |");
    }

    @Test
    void aSiteMeasuredInMiles_readsInMiles_withItsRatePerMile_inEveryLanguage() {
        Quote quote = Samples.milesQuote(io.github.servicecontract.model.Distance.ofMiles(26));
        String us = ContractDocuments.quote(quote, Locale.US, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN);
        assertThat(us).contains("26 miles").contains("| Mileage, March 10, 2026 | 32 miles | $0.70 per mile | $22.40 |")
                .doesNotContain("km");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN)))
                .contains("26 miles").contains("| Supplément distance, 10 mars 2026 | 32 miles | 0,70 $US par mile | 22,40 $US |")
                // the rate card says from where and how the distance counts
                .contains("| Supplément distance au-delà de 10 miles (aller-retour) | 0,70 $US par mile |");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.ITALY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN)))
                .contains("26 miglia").contains("| 32 miglia |").contains("| Spese di percorrenza oltre 10 miglia (andata e ritorno) |");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.GERMANY, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN)))
                .contains("26 Meilen").contains("| 32 Meilen |").contains("| Fahrtkosten ab 10 Meilen (Hin- und Rückfahrt) | 0,70 $ pro Meile |");
        assertThat(Messages.of(Locale.US).distance(io.github.servicecontract.model.Distance.ofMiles(1))).isEqualTo("1 mile");
    }

    @Test
    void timeThatIsNoShortDecimalOfHours_readsAsTheTimeItIs() {
        Quote quote = Quote.of(Samples.LYON_CONTEXT, PricingRules.sum(PricingRules.onSiteLabour(), PricingRules.remoteLabour(),
                PricingRules.travelTime(java.time.Duration.ofMinutes(25), io.github.servicecontract.pricing.Legs.RETURN)));
        assertThat(ContractDocuments.quote(quote, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| 50\u00A0min |");
        assertThat(Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN)))
                .contains("| 50 min |");
        assertThat(Messages.of(Locale.UK).quantity(new java.math.BigDecimal("1.166667"), io.github.servicecontract.pricing.Unit.HOUR))
                .isEqualTo("1\u00A0h\u00A010\u00A0min");
        assertThat(Messages.of(Locale.UK).quantity(new java.math.BigDecimal("1.25"), io.github.servicecontract.pricing.Unit.HOUR))
                .isEqualTo("1\u00A0h\u00A015\u00A0min");
        // hours that are not whole minutes, or too many for a duration, stay numbers
        assertThat(Messages.of(Locale.UK).quantity(new java.math.BigDecimal("1.125"), io.github.servicecontract.pricing.Unit.HOUR))
                .isEqualTo("1.125 hours");
        assertThat(Messages.of(Locale.UK).quantity(new java.math.BigDecimal("0.001"), io.github.servicecontract.pricing.Unit.HOUR))
                .isEqualTo("0.001 hours");
        assertThat(Messages.of(Locale.UK).quantity(new java.math.BigDecimal("3000000000000000.333333"),
                io.github.servicecontract.pricing.Unit.HOUR)).isEqualTo("3,000,000,000,000,000.333333 hours");
        // every quantity is written exactly, whatever its decimals (the bundles' number format kept three)
        assertThat(Messages.of(Locale.FRANCE).quantity(new java.math.BigDecimal("12.3456"), io.github.servicecontract.pricing.Unit.KILOMETRE))
                .isEqualTo("12,3456 km");
    }

    @Test
    void aQuoteThatLeavesUsageUnpriced_makesNoDocument() {
        Quote feesOnly = Quote.of(Samples.LYON_CONTEXT, PricingRules.perDevice());
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.quote(feesOnly, Locale.UK, RenderOptions.SUMMARY))
                .withMessage("quote of tier gold leaves 2 on-site interventions unpriced: no rule prices on-site labour");
        assertThatIllegalArgumentException().isThrownBy(() -> ContractDocuments.comparison(
                TierComparison.of(Samples.LYON_CONTEXT, TierCatalogue.of(List.of(TierCatalogue.Offer.of(Samples.LYON_CONTEXT.tier(),
                        PricingRules.perDevice())))), Locale.UK)).withMessageStartingWith("quote of tier gold leaves 2 on-site");
    }

    @Test
    void anIncludedVisit_whoseTravelIsBilled_saysSo() {
        io.github.servicecontract.model.ServiceTier visits = io.github.servicecontract.model.ServiceTier.builder().from(Samples.GOLD)
                .billedOnDemand(List.of(io.github.servicecontract.model.ChargeableService.REMOTE_SUPPORT,
                        io.github.servicecontract.model.ChargeableService.TRAVEL))
                .addClauses(io.github.servicecontract.model.Clause.of(io.github.servicecontract.model.StandardClause.ON_SITE_VISITS,
                        io.github.servicecontract.model.ClauseParameter.VISITS, io.github.servicecontract.model.ParameterValue.count(2)))
                .quotas(io.github.servicecontract.model.IncludedQuotas.builder().from(Samples.GOLD.quotas()).onSiteVisitsPerYear(2).build())
                .build();
        Quote quote = Quote.of(PricingContext.builder().from(Samples.LYON_CONTEXT).tier(visits).build(), Samples.GOLD_RULE);
        String markdown = Golden.normalise(ContractDocuments.quote(quote, Locale.FRANCE, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN));
        assertThat(markdown).contains("| Main-d'œuvre sur site, 10 mars 2026 (inclus, déplacement facturé) | 2 heures |")
                .contains("| Frais de déplacement, 10 mars 2026 | 1 déplacement | 45,00 € | 45,00 € | facturé |")
                .contains("| Prestation | Quantité | Prix unitaire | Montant | Facturation |");
        // a billed visit needs no note
        assertThat(ContractDocuments.quote(Samples.LYON_QUOTE, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .doesNotContain("travel billed").doesNotContain("| Billing |");
    }

    @Test
    void aFeeWithoutBrackets_isNamedByItsComponentAlone() {
        Quote quote = Samples.quote(NO_USAGE, PricingRules.perDevice());
        assertThat(ContractDocuments.quote(quote, Locale.UK, RenderOptions.SUMMARY).render(DocumentFormat.MARKDOWN))
                .contains("| Subscription per device | 45 devices |");
    }
}
