package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The integrator who sells the contract and issues its documents: its name, address, the numbers
 * under which it is registered, and how its clients reach it.
 *
 * <p>For example, {@code Integrator.builder().name("Domotique Rhône SARL").address(PostalAddress.of(
 * "8 rue Garibaldi", "69006 Lyon")).addRegistrations(Registration.of(Registration.Kind.SIRET,
 * "842 597 130 00017")).phone("+33 4 72 00 00 00").email("support@domotique-rhone.example").build()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Integrator {

    Integrator() {}

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The business name, as registered. */
    public abstract String name();

    /** The address of its office, where notices are sent. */
    public abstract PostalAddress address();

    /** Its registration numbers, in the order its documents show them; each register at most once. */
    public abstract List<Registration> registrations();

    /** The telephone number clients call for support, as it is dialled: digits, spaces, +, dots, hyphens, brackets. */
    public abstract Optional<String> phone();

    /** The e-mail address clients write to for support and notices. */
    public abstract Optional<String> email();

    @Value.Check
    void check() {
        Checks.requireText("integrator.name", name());
        Set<Registration.Kind> kinds = new HashSet<>();
        for (Registration registration : registrations()) {
            if (!kinds.add(registration.kind())) {
                throw Checks.invalid("integrator.registrations", registration.kind(), "must not repeat a register");
            }
        }
        phone().ifPresent(phone -> {
            if (!phone.matches("\\+?[0-9 .()-]{4,30}") || phone.chars().filter(Character::isDigit).count() < 4) {
                throw Checks.invalid("integrator.phone", "\"" + Checks.shortened(phone) + "\"",
                        "must be a telephone number: digits, spaces, a leading +, dots, hyphens and brackets, such as +33 4 72 00 00 00");
            }
        });
        email().ifPresent(email -> {
            if (email.length() > 254 || !email.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                throw Checks.invalid("integrator.email", "\"" + Checks.shortened(email) + "\"",
                        "must be an e-mail address such as support@example.com");
            }
        });
    }

    /** Builds {@link Integrator}. */
    public static final class Builder extends ImmutableIntegrator.Builder {
        Builder() {}
    }
}
