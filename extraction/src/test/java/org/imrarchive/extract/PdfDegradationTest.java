package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.imrarchive.extract.testing.WordExportPdf;
import org.junit.jupiter.api.Test;

class PdfDegradationTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void letterWhoseFontIsNotEmbeddedComesOutWithItsTextAndFlaggedDegraded() {
        byte[] pdf = WordExportPdf.of(List.of("Case Number: CM16-0123456",
                "Decision: The request is not medically necessary."));

        Extraction result = extractor.extract("word-export.pdf", pdf);

        assertThat(result).isInstanceOf(Extraction.Text.class);
        Extraction.Text text = (Extraction.Text) result;
        assertThat(text.text()).containsSubsequence("Case Number: CM16-0123456\n",
                "Decision: The request is not medically necessary.\n");
        assertThat(text.degraded()).isTrue();
        assertThat(text.degradations()).containsExactly("font TimesNewRomanPSMT not embedded; a substitute was used");
    }

    @Test
    void letterInAStandardFontIsNotDegraded() {
        byte[] pdf = Pdfs.bytes(Pdfs.letter(List.of(List.of("Case Number: CM16-0123456"))));

        Extraction.Text text = (Extraction.Text) extractor.extract("letter.pdf", pdf);

        assertThat(text.degraded()).isFalse();
    }

    @Test
    void plainTextIsNotDegraded() {
        Extraction.Text text = (Extraction.Text) extractor.extract("letter.txt", "Case Number: CM16-0123456\n".getBytes());

        assertThat(text.degradations()).isEmpty();
    }
}
