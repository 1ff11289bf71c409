package io.github.servicecontract.jackson.contractfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.servicecontract.jackson.ContractFileSchema;
import io.github.servicecontract.model.Client;
import io.github.servicecontract.model.CoverageWindow;
import io.github.servicecontract.model.RegionCode;
import io.github.servicecontract.model.ServiceTier;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.model.TierId;
import io.github.servicecontract.pricing.PricingRules;
import io.github.servicecontract.pricing.TierCatalogue;
import io.github.servicecontract.pricing.Usage;
import io.github.servicecontract.testkit.ServiceContractGenerators;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/** The contract file written by the library, read back: the same contract, in YAML and in JSON. */
class ContractFileWriterTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ContractFileSchema.text());

    /** The problems the published schema finds in a written JSON file, none expected. */
    private static List<String> schemaErrors(String json) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(json)).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a file, checks the JSON against the schema, and reads it back. */
    private static ContractFile writtenAndRead(ContractFile file, Syntax syntax) {
        String text = file.text(syntax);
        if (syntax == Syntax.JSON) {
            assertThat(schemaErrors(text)).isEmpty();
        }
        return ContractFile.parse("written", text, syntax);
    }

    /** Asserts that two files describe the same contract: every value, the tiers and their pricing as written. */
    private static void assertSameContract(ContractFile read, ContractFile written) {
        assertThat(read.client()).isEqualTo(written.client());
        assertThat(read.site()).isEqualTo(written.site());
        assertThat(read.terms()).isEqualTo(written.terms());
        assertThat(read.tier()).isEqualTo(written.tier());
        assertThat(read.usage()).isEqualTo(written.usage());
        assertThat(read.taxRate()).isEqualTo(written.taxRate());
        assertThat(read.integrator()).isEqualTo(written.integrator());
        assertThat(read.document()).isEqualTo(written.document());
        assertThat(read.prepaid()).isEqualTo(written.prepaid());
        assertThat(read.catalogue().offers()).extracting(TierCatalogue.Offer::tier)
                .isEqualTo(written.catalogue().offers().stream().map(TierCatalogue.Offer::tier).toList());
        assertThat(read.pricing()).isEqualTo(written.pricing());
    }

    @Test
    void theSample_writtenInYamlAndJson_readsBackAsTheSameContract_andWritesTheSameTextAgain() {
        ContractFile sample = ContractFile.sample();
        for (Syntax syntax : Syntax.values()) {
            String text = sample.text(syntax);
            ContractFile read = writtenAndRead(sample, syntax);
            assertSameContract(read, sample);
            assertThat(read.text(syntax)).as("the canonical form is a fixed point").isEqualTo(text);
        }
        assertThat(sample.text(Syntax.YAML)).startsWith("currency: EUR\nintegrator:\n  name: Domotique Rhône SARL\n")
                .contains("    unitValue: \"1450.00\"\n").contains("  prepayDiscount: 5%\n").contains("tier: gold\n")
                .contains("  - delivery: ON_SITE\n    day: 2026-11-14\n    worked: PT1H30M\n    commitment: ESTIMATED\n");
        assertThat(sample.text(Syntax.JSON)).startsWith("{\n  \"currency\" : \"EUR\",").contains("\"quantity\" : 6,")
                .contains("\"unitValue\" : \"1450.00\"");
    }

    @Test
    void aFileWrittenToDisk_isReadBack_inTheSyntaxOfItsName(@TempDir Path folder) throws IOException {
        ContractFile sample = ContractFile.sample();
        for (String name : List.of("contract.yaml", "contract.json")) {
            Path file = folder.resolve(name);
            sample.write(file);
            assertSameContract(ContractFile.read(file), sample);
        }
    }

    @Test
    void aContractChangedInCode_isWrittenAsChanged() {
        ContractFile sample = ContractFile.sample();
        ContractFile silver = sample.withTier(TierId.of("silver")).withUsage(Usage.NONE)
                .withClient(sample.client().withCapacity(Client.Capacity.BUSINESS));
        ContractFile read = ContractFile.parse("silver", silver.text(Syntax.YAML), Syntax.YAML);
        assertSameContract(read, silver);
        assertThat(read.tier()).isEqualTo(TierId.of("silver"));
        assertThat(silver.text(Syntax.YAML)).doesNotContain("usage:");
        assertThatIllegalArgumentException().isThrownBy(() -> sample.withTier(TierId.of("platinum")));
        assertThatIllegalArgumentException().isThrownBy(() -> sample.withSite(Site.builder().from(sample.site())
                .region(RegionCode.parse("IT-MI")).build())).withMessage("site.region must be FR-69, whose holidays the tiers' coverage"
                        + " takes, was IT-MI");
    }

    @Test
    void anyGeneratedClientSiteAndTerms_writtenAndReadBack_giveTheSameValues_inBothSyntaxes() {
        ContractFile sample = ContractFile.sample().withUsage(Usage.NONE);
        RegionCode lyon = sample.site().region();
        qt().withExamples(150).forAll(ServiceContractGenerators.contracts(), ServiceContractGenerators.sites(Monetary.getCurrency("EUR")),
                Generate.enumValues(Syntax.class)).checkAssert((contract, site, syntax) -> {
                    Site inLyon = Site.builder().from(site).region(lyon).build();
                    ContractFile changed = sample.withSite(inLyon).withTerms(contract.terms()).withClient(contract.client());
                    assertSameContract(writtenAndRead(changed, syntax), changed);
                });
    }

    @Test
    void anyGeneratedTier_writtenAndReadBack_isTheSameTier() {
        ContractFile sample = ContractFile.sample().withUsage(Usage.NONE);
        AtomicInteger written = new AtomicInteger();
        qt().withExamples(150).forAll(ServiceContractGenerators.tiers(), Generate.enumValues(Syntax.class)).checkAssert((tier, syntax) -> {
            // the site lies in the country whose holidays the tier's coverage takes, as a contract file says
            Site site = Site.builder().from(sample.site()).region(tier.coverage().holidays().region()).build();
            // a business client: a German consumer's terms would have to keep to BGB § 309 Nr. 9
            ContractFile file = new ContractFile(sample.client().withCapacity(Client.Capacity.BUSINESS), site, sample.terms(),
                    TierCatalogue.of(List.of(
                    TierCatalogue.Offer.of(tier, PricingRules.flatFee()))), tier.id(), Usage.NONE, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), List.of(JsonNodeFactory.instance.arrayNode().add("flat-fee")));
            ContractFile read = writtenAndRead(file, syntax);
            assertSameContract(read, file);
            written.incrementAndGet();
        });
        assertThat(written).hasValue(150);
    }

    @Test
    void pricingRulesWrittenInAVariantTheReaderTolerates_areWrittenInTheSchemasCanonicalForm() {
        String variant = ContractFile.sampleText().replace("pricing: [flat-fee, device-fee, subsystem-fee, on-site-labour,",
                "pricing: [ flat-fee , {rule: kilometres, freeRadius: \" 15 km\", legs: return},"
                        + " {rule: on-site-labour, bandApplication: charge, bands: {saturday: \" 1.5\"}}, device-fee, subsystem-fee,");
        ContractFile read = ContractFile.parse("variant", variant, Syntax.YAML);
        String json = read.text(Syntax.JSON);
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(json).contains("\"legs\" : \"RETURN\"", "\"freeRadius\" : \"15 km\"", "\"SATURDAY\" : \"1.5\"",
                "\"bandApplication\" : \"CHARGE\"");
        ContractFile again = ContractFile.parse("written", json, Syntax.JSON);
        assertThat(again.text(Syntax.JSON)).isEqualTo(json);
    }

    @Test
    void aChangeTheReaderWouldRefuse_isRefusedByTheCopy_namingTheRule() {
        ContractFile sample = ContractFile.sample();
        assertThatIllegalArgumentException().isThrownBy(() -> sample.withClient(Client.of("Root", java.util.Locale.ROOT)))
                .withMessageContaining("/client/locale: must be a language tag such as fr-FR");
        assertThatIllegalArgumentException().isThrownBy(() -> sample.withTerms(io.github.servicecontract.model.ContractTerms.builder()
                .from(sample.terms()).earlyTermination(io.github.servicecontract.model.EarlyTermination.fee(
                        Monetary.getDefaultAmountFactory().setCurrency("USD").setNumber(150).create())).build()))
                .withMessage("terms.earlyTermination.fee must be in the file's currency, EUR, was USD 150.00");
        assertThatIllegalArgumentException().isThrownBy(() -> sample.withUsage(Usage.builder().systemUpdates(1_000_000_000).build()))
                .withMessageContaining("must be a whole number such as 12, of at most 9 digits");
    }

    @Test
    void whatTheFormatCannotSay_isRefusedWhenWritten_namingTheValue() {
        ContractFile sample = ContractFile.sample();
        ServiceTier gold = sample.offer().tier();
        CoverageWindow evenings = CoverageWindow.builder().from(gold.coverage()).opens(LocalTime.of(17, 0)).closes(LocalTime.of(22, 0))
                .build();
        ServiceTier own = ServiceTier.builder().from(gold).coverage(evenings).build();
        ContractFile file = new ContractFile(sample.client(), sample.site(), sample.terms(), TierCatalogue.of(List.of(
                TierCatalogue.Offer.of(own, sample.offer().rule()))), own.id(), sample.usage(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(sample.pricing().get(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> file.text(Syntax.YAML)).withMessage("tier gold's coverage cannot be written"
                + " in a contract file: it is not business-hours, extended-hours or all-hours under the national holidays of FR");
    }
}
