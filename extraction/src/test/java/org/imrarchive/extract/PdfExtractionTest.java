package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PdfExtractionTest {

    private final TextExtractor extractor = new TextExtractor();

    private static final List<List<String>> LETTER = List.of(
            List.of("Independent Medical Review Final Determination Letter",
                    "Case Number: CM23-0012345",
                    "Dear Mr. Doe:",
                    "MAXIMUS Federal Services has completed the review."),
            List.of("Treatment requested: Physical therapy, 12 sessions",
                    "Decision: The request is not medically necessary.",
                    "Sincerely, Independent Medical Review Unit"));

    @Test
    void multiPageLetterComesOutInReadingOrderWithFooters() {
        Extraction result = extractor.extract("letter.pdf", Pdfs.bytes(Pdfs.letter(LETTER)));

        assertThat(result).isInstanceOf(Extraction.Text.class);
        Extraction.Text text = (Extraction.Text) result;
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.text()).containsSubsequence(
                "Independent Medical Review Final Determination Letter\n",
                "Case Number: CM23-0012345\n",
                "Dear Mr. Doe:\n",
                "MAXIMUS Federal Services has completed the review.\n",
                "Page 1 of 2\n",
                "Treatment requested: Physical therapy, 12 sessions\n",
                "Decision: The request is not medically necessary.\n",
                "Sincerely, Independent Medical Review Unit\n",
                "Page 2 of 2");
        assertThat(text.text()).doesNotContain("\r");
    }

    @Test
    void detectsPdfByContentWhateverTheFileIsCalled() {
        byte[] pdf = Pdfs.bytes(Pdfs.letter(LETTER));

        assertThat(extractor.extract("letter.txt", pdf)).isInstanceOf(Extraction.Text.class)
                .extracting(r -> ((Extraction.Text) r).mediaType()).isEqualTo("application/pdf");
        assertThat(extractor.extract(null, pdf)).isInstanceOf(Extraction.Text.class);
    }

    @Test
    void pdfWithUserPasswordIsRejectedAsEncrypted() {
        byte[] pdf = Pdfs.encrypted(Pdfs.letter(LETTER), "owner-secret", "user-secret");

        assertThat(extractor.extract("locked.pdf", pdf))
                .isEqualTo(new Extraction.Rejected("encrypted PDF: cannot read without password"));
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadable() {
        // Encrypted, but with an empty user password: any reader opens it, so must we.
        byte[] pdf = Pdfs.encrypted(Pdfs.letter(LETTER), "owner-secret", "");

        Extraction result = extractor.extract("restricted.pdf", pdf);

        assertThat(result).isInstanceOf(Extraction.Text.class);
        assertThat(((Extraction.Text) result).text()).contains("Decision: The request is not medically necessary.");
    }

    @Test
    void truncatedPdfIsRejectedAsCorrupt() {
        byte[] pdf = Pdfs.bytes(Pdfs.letter(LETTER));
        byte[] truncated = Arrays.copyOf(pdf, pdf.length * 2 / 3);

        Extraction result = extractor.extract("letter.pdf", truncated);

        assertThat(result).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) result).reason()).startsWith("corrupt PDF: ").contains("truncated");
    }

    @Test
    void garbageAfterPdfHeaderIsRejectedAsCorrupt() {
        byte[] garbage = new byte[4000];
        new Random(42).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[header.length + garbage.length + eof.length];
        System.arraycopy(header, 0, pdf, 0, header.length);
        System.arraycopy(garbage, 0, pdf, header.length, garbage.length);
        System.arraycopy(eof, 0, pdf, header.length + garbage.length, eof.length);

        Extraction result = extractor.extract("letter.pdf", pdf);

        assertThat(result).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) result).reason()).startsWith("corrupt PDF: ");
    }

    @Test
    void fileNamedPdfWithoutPdfHeaderIsRejectedAsCorrupt() {
        byte[] notPdf = "this was never a PDF".getBytes(StandardCharsets.US_ASCII);

        assertThat(extractor.extract("letter.pdf", notPdf))
                .isEqualTo(new Extraction.Rejected("corrupt PDF: no %PDF- header"));
    }

    @Test
    void scannedImageOnlyPdfIsRejectedForLackOfTextLayer() {
        assertThat(extractor.extract("scan.pdf", Pdfs.imageOnly()))
                .isEqualTo(new Extraction.Rejected("PDF has no text layer (scanned image?); OCR is not supported"));
    }

    @Test
    void pdfOfBlankPagesIsRejectedForLackOfTextLayer() {
        assertThat(extractor.extract("blank.pdf", Pdfs.blankPages(2)))
                .isEqualTo(new Extraction.Rejected("PDF has no text layer (scanned image?); OCR is not supported"));
    }
}
