package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Turns a count into the quantity that is priced, for package or block pricing: divided by a
 * block size and rounded up or down.
 *
 * <p>For example, {@code QuantityTransform.divideBy(10, RoundingMode.UP)} prices 45 devices as
 * 5 blocks of ten; {@link #none()} prices them as 45.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param divisor the block size, at least one
 * @param mode how a partial block counts: {@code UP}, {@code DOWN} or a half mode
 */
public record QuantityTransform(int divisor, RoundingMode mode) {

    private static final QuantityTransform NONE = new QuantityTransform(1, RoundingMode.UP);

    /**
     * Creates a transform.
     *
     * @throws IllegalArgumentException if {@code divisor} is less than one or {@code mode} is
     *     {@code UNNECESSARY}
     */
    public QuantityTransform {
        Checks.requireAtLeast("divisor", divisor, 1);
        Objects.requireNonNull(mode, "mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw Checks.invalid("mode", mode, "must round");
        }
    }

    /**
     * Obtains the identity: the count is the quantity.
     *
     * @return the identity transform
     */
    public static QuantityTransform none() {
        return NONE;
    }

    /**
     * Obtains a division into blocks.
     *
     * @param divisor the block size, at least one
     * @param mode how a partial block counts
     * @return the transform
     * @throws IllegalArgumentException if {@code divisor} is less than one
     */
    public static QuantityTransform divideBy(int divisor, RoundingMode mode) {
        return new QuantityTransform(divisor, mode);
    }

    /**
     * Checks if this transform leaves counts unchanged.
     *
     * @return true for the identity
     */
    public boolean isNone() {
        return divisor == 1;
    }

    /**
     * Applies the transform.
     *
     * @param count the count
     * @return the priced quantity, a whole number
     */
    public BigDecimal applyTo(int count) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(divisor), 0, mode);
    }
}
