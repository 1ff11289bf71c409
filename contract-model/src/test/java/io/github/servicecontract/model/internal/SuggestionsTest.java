package io.github.servicecontract.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" names the nearest known word when one is near, and nothing otherwise. */
class SuggestionsTest {

    private static final List<String> KEYS = List.of("start", "term", "billing", "renewal", "notice", "prepayDiscount", "escalation");

    @Test
    void aWordOneOrTwoLettersOff_isNamed() {
        assertThat(Suggestions.didYouMean("prepayDiscont", KEYS)).isEqualTo("; did you mean prepayDiscount?");
        assertThat(Suggestions.didYouMean("prepay_discount", KEYS)).isEqualTo("; did you mean prepayDiscount?");
        assertThat(Suggestions.didYouMean("PREPAY-DISCOUNT", KEYS)).isEqualTo("; did you mean prepayDiscount?");
        assertThat(Suggestions.didYouMean("trem", KEYS)).isEqualTo("; did you mean term?");
        assertThat(Suggestions.didYouMean("strat", KEYS)).isEqualTo("; did you mean start?");
        assertThat(Suggestions.didYouMean("notices", KEYS)).isEqualTo("; did you mean notice?");
        assertThat(Suggestions.didYouMean("biling", KEYS)).isEqualTo("; did you mean billing?");
    }

    @Test
    void theNearestOfSeveral_isNamed_theFirstOnATie() {
        assertThat(Suggestions.didYouMean("ab", List.of("abc", "abd"))).isEqualTo("; did you mean abc?");
        assertThat(Suggestions.didYouMean("abcx", List.of("zzzz", "abcd", "abxx"))).isEqualTo("; did you mean abcd?");
    }

    @Test
    void aWordFarFromEveryKnownOne_getsNoSuggestion() {
        assertThat(Suggestions.didYouMean("warranty", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("x", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("", List.of("ab"))).isEmpty();
        assertThat(Suggestions.didYouMean("term", List.of())).isEmpty();
        assertThat(Suggestions.didYouMean("a".repeat(100), List.of("a".repeat(99)))).isEmpty();
        assertThat(Suggestions.didYouMean("abcdefghijklm", List.of("abcdefghijklmnopqrstuvw"))).isEmpty();
        // a third of the letters: four may differ in a word of twelve, not five
        assertThat(Suggestions.didYouMean("abcdefghwxyz", List.of("abcdefghijkl"))).isEqualTo("; did you mean abcdefghijkl?");
        assertThat(Suggestions.didYouMean("abcdefgvwxyz", List.of("abcdefghijkl"))).isEmpty();
        assertThat(Suggestions.didYouMean("ab", List.of("xb"))).isEqualTo("; did you mean xb?");
        assertThat(Suggestions.didYouMean("ab", List.of("xy"))).isEmpty();
    }
}
