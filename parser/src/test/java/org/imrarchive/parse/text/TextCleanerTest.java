package org.imrarchive.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private String clean(String s) {
        return TextCleaner.reflow(cleaner.clean(s).text());
    }

    @Test
    void lineBreakHyphenKeepsRealHyphens() {
        assertThat(clean("The request was non-\ncertified on 3/24/14.")).isEqualTo("The request was non-certified on 3/24/14.");
        assertThat(clean("disc protrusions at T12-\nL5 without stenosis")).isEqualTo("disc protrusions at T12-L5 without stenosis");
        assertThat(clean("Lumbar discogram L3-4, L4-\n5, L5-S1")).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1");
        assertThat(clean("Decision based on Non-\nMTUS Citation")).isEqualTo("Decision based on Non-MTUS Citation");
    }

    @Test
    void lineBreakHyphenationOfOrdinaryWordsIsUndone() {
        // a word the letter also writes whole elsewhere, or a common letter word
        assertThat(clean("lumbar epi-\ndural steroid injection. The epidural was done.")).startsWith("lumbar epidural steroid injection");
        assertThat(clean("is not medi-\ncally necessary")).isEqualTo("is not medically necessary");
        assertThat(clean("radiofre-\nquency ablation; radiofrequency neurotomy")).startsWith("radiofrequency ablation");
    }

    @Test
    void softHyphenAtLineEndJoinsTheWord() {
        assertThat(clean("hos\u00AD\npital stay")).isEqualTo("hospital stay");
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        String crlf = cleaner.clean("Line one\r\nLine two\rLine three\r\n").text();
        assertThat(crlf).doesNotContain("\r").contains("Line one\nLine two\nLine three");
    }

    @Test
    void pageFootersAndRunningHeadersAreRemoved() {
        String text = String.join("\n",
                "Final Determination Letter for IMR Case Number CM13-0012345",
                "The patient has chronic",
                "Page 1 of 3",
                "Final Determination Letter for IMR Case Number CM13-0012345",
                "low back pain.",
                "Page 2 of 3",
                "IMR Final Determination",
                "More text.",
                "- 3 -",
                "CM13-0012345",
                "End.");
        TextCleaner.Cleaned c = cleaner.clean(text);
        assertThat(TextCleaner.reflow(c.text())).isEqualTo("The patient has chronic low back pain. More text. End.");
        assertThat(c.removedLines()).contains("Page 1 of 3", "Page 2 of 3");
    }

    @Test
    void repeatedFieldLinesAwayFromPageBreaksAreKept() {
        String text = String.join("\n",
                "Item one: Upheld",
                "Claims Administrator guideline: Decision based on MTUS ACOEM.",
                "Page 1 of 2",
                "More of item one's rationale.",
                "And more.",
                "And more still.",
                "Item two: Upheld",
                "Claims Administrator guideline: Decision based on MTUS ACOEM.",
                "Rationale text here.",
                "More rationale.",
                "Even more rationale.");
        String out = cleaner.clean(text).text();
        assertThat(out.split("Claims Administrator guideline", -1)).hasSize(3);
    }

    @Test
    void runTogetherDecisionWordsAreSplit() {
        assertThat(TextCleaner.fixRunTogether("The request isnot medically necessary")).isEqualTo("The request is not medically necessary");
        assertThat(TextCleaner.fixRunTogether("is notmedically necessary")).isEqualTo("is not medically necessary");
        assertThat(TextCleaner.fixRunTogether("ismedically necessary and appropriate")).isEqualTo("is medically necessary and appropriate");
        assertThat(TextCleaner.fixRunTogether("notmedicallynecessaryandappropriate")).isEqualTo("not medically necessary and appropriate");
        assertThat(TextCleaner.fixRunTogether("This island is not affected")).isEqualTo("This island is not affected");
    }

    @Test
    void spinalLevelGluedToNextWordIsSeparated() {
        assertThat(clean("Lumbar discogram L3-4, L4-5, L5-S1was non-certified")).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1 was non-certified");
    }

    @Test
    void pdfLookDoubleSpacingKeepsParagraphBreaksOnly() {
        String text = "First line of a paragraph\n\ncontinues here.\n\n \n\nSecond paragraph\n\nalso two lines.\n\n \n\nThird\n\nparagraph.";
        String out = cleaner.clean(text).text();
        assertThat(out).isEqualTo("First line of a paragraph\ncontinues here.\n\nSecond paragraph\nalso two lines.\n\nThird\nparagraph.\n");
    }

    @Test
    void oddCharactersAreNormalised() {
        assertThat(clean("\uFEFFThe \u201Crequest\u201D \u2013 the patient\u2019s \uFB01le\u00A0now")).isEqualTo("The \"request\" - the patient's file now");
    }
}
