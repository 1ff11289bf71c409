package io.github.servicecontract.model;

import io.github.servicecontract.model.internal.Checks;
import java.util.Objects;

/**
 * A number under which a business is registered, as its documents must show it: a SIRET and an
 * intra-community VAT number in France, a partita IVA in Italy, a UID (and its VAT registration)
 * in Switzerland, a USt-IdNr. in Germany. Each is checked against its own check digits, so that
 * a mistyped number never reaches a client's document.
 *
 * <p>For example, {@code Registration.of(Registration.Kind.SIRET, "842 597 130 00017")}; the number
 * is kept without its spaces and written by the kind's own grouping ({@link #toString()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the register
 * @param number the number, in its canonical form (digits, and the country prefix where it has one)
 */
public record Registration(Kind kind, String number) {

    /**
     * Creates a registration.
     *
     * @throws IllegalArgumentException if the number is not one of its kind, or its check digits
     *     do not match
     */
    public Registration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        number = kind.canonical(number);
    }

    /**
     * Obtains a registration.
     *
     * @param kind the register
     * @param number the number as written, spaces (and for a UID, its hyphen and dots) allowed
     * @return the registration
     * @throws IllegalArgumentException if the number is not one of its kind, or its check digits
     *     do not match
     */
    public static Registration of(Kind kind, String number) {
        return new Registration(kind, number);
    }

    /** Returns the number grouped as its register writes it, for example {@code 842 597 130 00017}. */
    @Override
    public String toString() {
        return kind.written(number);
    }

    /** A register, with the form and check digits of its numbers. */
    public enum Kind {
        /** France's SIRET: 14 digits, the SIREN and the establishment's number, with a Luhn check. */
        SIRET("14 digits with a valid Luhn check, such as 842 597 130 00017") {
            @Override
            String check(String digits) {
                return digits.matches("[0-9]{14}") && luhn(digits) ? digits : null;
            }

            @Override
            String written(String number) {
                return number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6, 9) + " "
                        + number.substring(9);
            }
        },
        /** France's intra-community VAT number: FR, a two-digit key and the SIREN. */
        FR_VAT("FR, a two-digit key and a 9-digit SIREN whose key matches, such as FR 17 842 597 130") {
            @Override
            String check(String text) {
                if (!text.matches("FR[0-9]{11}")) {
                    return null;
                }
                String siren = text.substring(4);
                long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
                return luhn(siren) && Integer.parseInt(text.substring(2, 4)) == key ? text : null;
            }

            @Override
            String written(String number) {
                return "FR " + number.substring(2, 4) + " " + number.substring(4, 7) + " " + number.substring(7, 10) + " "
                        + number.substring(10);
            }
        },
        /** Italy's partita IVA: 11 digits with their check digit. */
        IT_VAT("11 digits whose last is their check digit, such as 04735120166") {
            @Override
            String check(String digits) {
                if (!digits.matches("[0-9]{11}")) {
                    return null;
                }
                int sum = 0;
                for (int i = 0; i < 10; i++) {
                    int d = digits.charAt(i) - '0';
                    if (i % 2 == 1) {
                        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                    }
                    sum += d;
                }
                return (10 - sum % 10) % 10 == digits.charAt(10) - '0' ? digits : null;
            }
        },
        /** Switzerland's business identification number (UID/IDE/IDI): CHE and 9 digits, the last a check digit. */
        CH_UID("CHE and 9 digits whose last is their check digit, such as CHE-116.281.710") {
            @Override
            String check(String text) {
                return swissUid(text);
            }

            @Override
            String written(String number) {
                return swissWritten(number);
            }
        },
        /**
         * Switzerland's VAT registration: the UID, read with or without MWST, TVA, IVA or VAT after it
         * and kept without it; documents add the suffix of their language.
         */
        CH_VAT("CHE and 9 digits whose last is their check digit, such as CHE-116.281.710") {
            @Override
            String check(String text) {
                return swissUid(text.replaceAll("(MWST|TVA|IVA|VAT)$", ""));
            }

            @Override
            String written(String number) {
                return swissWritten(number);
            }
        },
        /** Germany's VAT identification number (USt-IdNr.): DE and 9 digits, the last a check digit. */
        DE_VAT("DE and 9 digits whose last is their check digit, such as DE136695976") {
            @Override
            String check(String text) {
                if (!text.matches("DE[0-9]{9}")) {
                    return null;
                }
                int product = 10;
                for (int i = 2; i < 10; i++) {
                    int sum = (text.charAt(i) - '0' + product) % 10;
                    product = (2 * (sum == 0 ? 10 : sum)) % 11;
                }
                int check = 11 - product;
                return (check == 10 ? 0 : check) == text.charAt(10) - '0' ? text : null;
            }
        };

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** The canonical form of a valid number (without its spaces), or null. */
        abstract String check(String compact);

        /** How the register writes a number; as kept by default. */
        String written(String number) {
            return number;
        }

        String canonical(String number) {
            String written = Checks.withoutSurroundingSpaces(number);
            if (written.length() > 40) {
                throw Checks.invalid(name(), "\"" + Checks.shortened(written) + "\"", "must be " + rule);
            }
            String checked = written.matches("[A-Z0-9 .-]*") ? check(written.replace(" ", "")) : null;
            if (checked == null) {
                throw Checks.invalid(name(), "\"" + Checks.shortened(written) + "\"", "must be " + rule);
            }
            return checked;
        }

        private static boolean luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            return sum % 10 == 0;
        }

        private static String swissUid(String text) {
            String compact = text.replace("-", "").replace(".", "");
            if (!compact.matches("CHE[0-9]{9}") || !text.matches("CHE(-?[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3})")) {
                return null;
            }
            int[] weights = {5, 4, 3, 2, 7, 6, 5, 4};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (compact.charAt(3 + i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            check = check == 11 ? 0 : check;
            return check != 10 && check == compact.charAt(11) - '0' ? compact : null;
        }

        private static String swissWritten(String number) {
            return "CHE-" + number.substring(3, 6) + "." + number.substring(6, 9) + "." + number.substring(9);
        }
    }
}
