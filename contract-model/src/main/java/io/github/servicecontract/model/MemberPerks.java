package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a tier's members get beyond its quotas: discounts on extra labour and on new equipment,
 * and benefits such as a waived trip fee or loaner equipment.
 *
 * <p>For example, 10 % off extra labour, 5 % off new equipment and no trip fee.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemberPerks {

    /** No perks. */
    public static final MemberPerks NONE = builder().build();

    MemberPerks() {}

    /**
     * Returns a new builder; every discount starts at zero and no benefit is granted.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The discount on labour billed beyond the tier, 0 to 100 %; none by default. */
    @Value.Default
    public Percentage extraLabourDiscount() {
        return Percentage.ZERO;
    }

    /** The discount on new equipment, 0 to 100 %; none by default. */
    @Value.Default
    public Percentage newEquipmentDiscount() {
        return Percentage.ZERO;
    }

    /** The benefits granted; none by default. */
    public abstract Set<Benefit> benefits();

    /**
     * Checks if members get {@code benefit}.
     *
     * @param benefit the benefit
     * @return true if granted
     */
    public boolean has(Benefit benefit) {
        Objects.requireNonNull(benefit, "benefit");
        return benefits().contains(benefit);
    }

    @Value.Check
    void check() {
        requireAtMostWhole("extraLabourDiscount", extraLabourDiscount());
        requireAtMostWhole("newEquipmentDiscount", newEquipmentDiscount());
    }

    private static void requireAtMostWhole(String field, Percentage discount) {
        if (discount.isGreaterThan(Percentage.ONE_HUNDRED)) {
            throw Checks.invalid(field, discount, "must be <= 100%");
        }
    }

    /** Builds {@link MemberPerks}; {@link #build()} validates them. */
    public static final class Builder extends ImmutableMemberPerks.Builder {
        Builder() {}
    }
}
