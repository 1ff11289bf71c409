package io.github.servicecontract.model.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * The known word nearest to a misspelt one, for "did you mean" in a refusal.
 *
 * <p>Not an API: this package is exported only to the library's own modules.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * Returns {@code "; did you mean prepayDiscount?"} when one known word is close to {@code word}
     * (the same but for case, dashes and underscores, or at most a third of its letters apart), or
     * an empty text.
     */
    public static String didYouMean(String word, Collection<String> known) {
        String typed = normal(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, normal(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(1, typed.length() / 3) ? "; did you mean " + best + "?" : "";
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** The Levenshtein distance, or more than any useful one for long words. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
