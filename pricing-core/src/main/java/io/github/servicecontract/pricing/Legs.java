package io.github.servicecontract.pricing;

/**
 * How many ways a trip's distance or time is counted.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Legs {
    /** One way: to the site only. */
    ONE_WAY(1),
    /** Return: to the site and back. */
    RETURN(2);

    private final int count;

    Legs(int count) {
        this.count = count;
    }

    /**
     * Returns the number of legs counted.
     *
     * @return 1 or 2
     */
    public int count() {
        return count;
    }
}
