package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemTextTest {

    @Test
    void leadInsWhitespaceAndTrailingPunctuationGo() {
        assertThat(ItemText.clean("the request for   Lumbar\n discogram L3-4, L4-5:")).isEqualTo("Lumbar discogram L3-4, L4-5");
        assertThat(ItemText.clean("Requested Norco 10/325mg #120.")).isEqualTo("Norco 10/325mg #120");
        assertThat(ItemText.clean(null)).isNull();
    }

    @Test
    void anAbbreviationKeepsItsFullStop() {
        assertThat(ItemText.clean("Physical therapy b.i.d.")).isEqualTo("Physical therapy b.i.d.");
    }

    @Test
    void keyWordsLeaveOutDosesCountsAndFillers() {
        assertThat(ItemText.keyWords("Norco 10mg #120 for the left knee")).containsExactlyInAnyOrder("norco", "knee");
    }

    @Test
    void twoNamingsOfOneItemAreSimilar() {
        assertThat(ItemText.similar("Lumbar MRI", "MRI of the lumbar spine")).isTrue();
        assertThat(ItemText.similar("Lumbar MRI", "Acupuncture x6")).isFalse();
        assertThat(ItemText.similar(null, "MRI")).isFalse();
    }
}
