package io.github.servicecontract.pricing;

import io.github.servicecontract.model.Site;
import javax.money.MonetaryAmount;

/**
 * Which part of a site's installed value a percentage fee is based on.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InstalledValueBasis {
    /** The products only. */
    PRODUCTS,
    /** The installation labour only. */
    LABOUR,
    /** Products and labour. */
    PRODUCTS_AND_LABOUR;

    /**
     * Returns this part of the installed value of {@code site}.
     *
     * @param site the site
     * @return the value
     */
    public MonetaryAmount valueOf(Site site) {
        switch (this) {
            case PRODUCTS:
                return site.installedProductValue();
            case LABOUR:
                return site.installedLabourValue();
            default:
                return site.installedValue();
        }
    }
}
