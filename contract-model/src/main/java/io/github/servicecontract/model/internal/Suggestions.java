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

    /**
     * The edit distance counting a swap of two neighbouring letters as one edit (optimal string
     * alignment: {@code trem} is one edit from {@code term}), or more than any useful one for long
     * words.
     */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
