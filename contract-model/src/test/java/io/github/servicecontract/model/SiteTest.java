package io.github.servicecontract.model;

import static io.github.servicecontract.model.Fixtures.AMPLIFIERS;
import static io.github.servicecontract.model.Fixtures.INSTALLED;
import static io.github.servicecontract.model.Fixtures.LYON;
import static io.github.servicecontract.model.Fixtures.PROCESSOR;
import static io.github.servicecontract.model.Fixtures.chf;
import static io.github.servicecontract.model.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static Equipment.Builder amplifier() {
        return Equipment.builder().brand("Sonos").model("Amp").subsystem(Subsystem.AUDIO_VIDEO)
                .unitValue(eur("699.00")).installDate(INSTALLED).warrantyEnd(INSTALLED.plusYears(2));
    }

    private static Site.Builder lyon() {
        return Site.builder().from(LYON);
    }

    @Test
    void equipment_totalValueIsUnitValueTimesQuantity() {
        assertThat(AMPLIFIERS.totalValue()).isEqualTo(eur("4194.00"));
        assertThat(amplifier().build().quantity()).isEqualTo(1);
        assertThat(amplifier().build().obsolescence()).isEqualTo(Obsolescence.SUPPORTED);
    }

    @Test
    void equipment_warrantyStatus_inUpToAndIncludingTheLastDay() {
        assertThat(AMPLIFIERS.warrantyStatusOn(LocalDate.of(2026, 2, 28))).isEqualTo(WarrantyStatus.IN_WARRANTY);
        assertThat(AMPLIFIERS.warrantyStatusOn(LocalDate.of(2026, 3, 1))).isEqualTo(WarrantyStatus.OUT_OF_WARRANTY);
        assertThat(PROCESSOR.isObsolete()).isTrue();
        assertThat(AMPLIFIERS.isObsolete()).isFalse();
    }

    @Test
    void equipment_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().quantity(0).build())
                .withMessage("quantity must be >= 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().quantity(Integer.MAX_VALUE).build())
                .withMessage("quantity must be at most 1000000 devices, was 2147483647");
        assertThat(amplifier().quantity(Site.MAX_DEVICES).build().quantity()).isEqualTo(1_000_000);
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().brand(" ").build())
                .withMessage("brand must not be blank, was \" \"");
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().model("").build())
                .withMessage("model must not be blank, was \"\"");
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().unitValue(eur("-1.00")).build())
                .withMessage("unitValue must be >= 0, was EUR -1.00");
        assertThatIllegalArgumentException().isThrownBy(() -> amplifier().warrantyEnd(INSTALLED.minusDays(1)).build())
                .withMessage("warrantyEnd must not be before installDate 2024-03-01, was 2024-02-29");
        assertThatIllegalArgumentException().isThrownBy(() -> Equipment.builder().brand("Sonos").build())
                .withMessageContaining("some of required attributes are not set")
                .withMessageContaining("model");
    }

    @Test
    void aSiteOfMoreThanAMillionDevices_isRefused_ratherThanCountedNegative() {
        Equipment half = amplifier().quantity(600_000).build();
        assertThatIllegalArgumentException().isThrownBy(() -> lyon().equipment(java.util.List.of(half, half)).build())
                .withMessage("deviceCount must be at most 1000000 devices in one site, was 1200000");
        Equipment many = amplifier().quantity(Site.MAX_DEVICES).build();
        assertThatIllegalArgumentException().isThrownBy(() -> lyon().equipment(java.util.Collections.nCopies(3000, many)).build())
                .withMessage("deviceCount must be at most 1000000 devices in one site, was 3000000000");
        assertThat(lyon().equipment(java.util.List.of(amplifier().quantity(500_000).build(), amplifier().quantity(500_000).build()))
                .build().deviceCount()).isEqualTo(1_000_000);
    }

    @Test
    void site_countsDevicesAndSubsystems() {
        assertThat(LYON.deviceCount()).isEqualTo(45);
        assertThat(LYON.subsystemCount()).isEqualTo(4);
        assertThat(LYON.currency()).isEqualTo(Fixtures.EUR);
        assertThat(LYON.installedValue()).isEqualTo(eur("33500.00"));
        assertThat(LYON.subsystems()).containsExactly(Subsystem.CONTROL, Subsystem.AUDIO_VIDEO, Subsystem.NETWORK,
                Subsystem.LIGHTING);
    }

    @Test
    void equipmentAndSite_writeTheirAmountsExactly() {
        // Moneta's toString writes two decimals whatever the amount and currency: 0.005 EUR would read "EUR 0.01"
        CurrencyUnit dinar = Monetary.getCurrency("BHD");
        MonetaryAmount dinars = Monetary.getDefaultAmountFactory().setCurrency(dinar).setNumber(new BigDecimal("699.125")).create();
        Equipment amplifier = amplifier().unitValue(dinars).build();
        assertThat(amplifier).hasToString("Equipment{brand=Sonos, model=Amp, subsystem=audio-video, quantity=1, unitValue=BHD 699.125, "
                + "installDate=2024-03-01, warrantyEnd=2026-03-01, obsolescence=SUPPORTED}");
        assertThat(amplifier().unitValue(eur("0.005")).build().toString()).contains("unitValue=EUR 0.005,");
        Site site = Site.builder().name("Villa Martin, Manama").region(RegionCode.parse("BH-13")).distanceFromBase(Distance.ofKilometres(4))
                .addSubsystems(Subsystem.AUDIO_VIDEO).addEquipment(amplifier).installedProductValue(dinars)
                .installedLabourValue(dinars.multiply(2)).build();
        assertThat(site).hasToString("Site{name=Villa Martin, Manama, region=BH-13, distanceFromBase=4 km, subsystems=[audio-video], "
                + "equipment=[" + amplifier + "], installedProductValue=BHD 699.125, installedLabourValue=BHD 1398.250, deviceCount=1}");
    }

    @Test
    void site_eachRuleIsEnforcedWithItsMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> lyon().name("").build())
                .withMessage("name must not be blank, was \"\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Site.builder().from(LYON).subsystems(java.util.List.of()).equipment(java.util.List.of()).build())
                .withMessage("subsystems must contain at least one subsystem, was []");
        assertThatIllegalArgumentException().isThrownBy(() -> lyon().installedLabourValue(chf("100.00")).build())
                .withMessage("installedLabourValue must be in the site's currency EUR, was CHF 100.00");
        assertThatIllegalArgumentException().isThrownBy(() -> lyon().installedProductValue(eur("-5.00")).build())
                .withMessage("installedProductValue must be >= 0, was EUR -5.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> lyon().addEquipment(amplifier().unitValue(chf("10.00")).build()).build())
                .withMessage("equipment[4].unitValue must be in the site's currency EUR, was CHF 10.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> lyon().addEquipment(amplifier().subsystem(Subsystem.CAMERAS).build()).build())
                .withMessage("equipment subsystems must be listed in subsystems [control, audio-video, network, lighting], was [cameras]");
    }
}
