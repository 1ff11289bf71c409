package io.github.servicecontract.pricing;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The role or skill a labour rate is for, such as a technician or a programmer.
 *
 * <p>Roles are upper-case words joined by underscores, for example {@code Role.of("NETWORK_ENGINEER")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the role identifier
 */
public record Role(String id) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /** A service technician. */
    public static final Role TECHNICIAN = new Role("TECHNICIAN");
    /** A systems engineer. */
    public static final Role ENGINEER = new Role("ENGINEER");
    /** A control-system programmer. */
    public static final Role PROGRAMMER = new Role("PROGRAMMER");

    /**
     * Creates a role.
     *
     * @throws IllegalArgumentException if {@code id} is not upper-case words joined by underscores
     */
    public Role {
        Objects.requireNonNull(id, "role");
        if (!FORM.matcher(id).matches()) {
            throw Checks.invalid("role", "\"" + Checks.shortened(id) + "\"", "must be upper-case words joined by underscores");
        }
    }

    /**
     * Obtains a role.
     *
     * @param id the identifier, for example {@code "TECHNICIAN"}
     * @return the role
     * @throws IllegalArgumentException if {@code id} is not upper-case words joined by underscores
     */
    public static Role of(String id) {
        return new Role(id);
    }

    /** Returns the identifier. */
    @Override
    public String toString() {
        return id;
    }
}
