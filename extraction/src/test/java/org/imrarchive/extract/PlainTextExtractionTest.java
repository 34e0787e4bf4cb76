package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class PlainTextExtractionTest {

    private static final String LETTER = "Final Determination Letter\r\nPatient: Jos\u00e9 Garc\u00eda\r\n"
            + "Decision: upheld \u2013 \u201cnot medically necessary\u201d\r\n";

    private final TextExtractor extractor = new TextExtractor();

    private String textOf(String fileName, byte[] bytes) {
        Extraction result = extractor.extract(fileName, bytes);
        assertThat(result).isInstanceOf(Extraction.Text.class);
        Extraction.Text text = (Extraction.Text) result;
        assertThat(text.mediaType()).isEqualTo("text/plain");
        return text.text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutBomKeepsLineEndingsAsFound() {
        assertThat(textOf("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8))).isEqualTo(LETTER);
    }

    @Test
    void utf8BomIsDroppedFromTheText() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, LETTER.getBytes(StandardCharsets.UTF_8));

        assertThat(textOf("letter.txt", bytes)).isEqualTo(LETTER);
    }

    @Test
    void utf16LittleAndBigEndianWithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, LETTER.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, LETTER.getBytes(StandardCharsets.UTF_16BE));

        assertThat(textOf("le.txt", le)).isEqualTo(LETTER);
        assertThat(textOf("be.txt", be)).isEqualTo(LETTER);
    }

    @Test
    void windows1252AccentsAndSmartQuotes() {
        // "café" with 0xE9, then “quoted” with 0x93/0x94, as written by a US Windows editor.
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', 'u', 'o', 't', 'e', 'd', (byte) 0x94, '\n'};

        assertThat(textOf("note.txt", bytes)).isEqualTo("caf\u00e9 \u201cquoted\u201d\n");
    }

    @Test
    void latin1TextIsReadAsWindows1252() {
        byte[] bytes = "Se\u00f1or Mu\u00f1oz, Labor Code \u00a7 4610.5".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(textOf("note.txt", bytes)).isEqualTo("Se\u00f1or Mu\u00f1oz, Labor Code \u00a7 4610.5");
    }

    @Test
    void hyphenationAndFormFeedsAreLeftForTheParser() {
        String text = "The treat-\nment was denied.\fPage 2 of 2\n";

        assertThat(textOf("letter.txt", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void bytesWithNulsAreBinary() {
        byte[] bytes = {'P', 'a', 't', 0, 0, 1, 2, 'x', (byte) 0xFF, 0};

        assertThat(extractor.extract("letter.txt", bytes)).isEqualTo(new Extraction.Rejected("binary file, not text"));
    }

    @Test
    void manyControlCharactersAreBinaryButAStrayOneIsNot() {
        byte[] noisy = new byte[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x01 + i % 20 : 'a');
        }
        String oneStray = "Decision: upheld\u001b and the rest of a long enough letter body follows here.";

        assertThat(extractor.extract("x.txt", noisy)).isEqualTo(new Extraction.Rejected("binary file, not text"));
        assertThat(textOf("y.txt", oneStray.getBytes(StandardCharsets.UTF_8))).isEqualTo(oneStray);
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRejected() {
        Extraction.Rejected empty = new Extraction.Rejected("empty file");

        assertThat(extractor.extract("a.txt", new byte[0])).isEqualTo(empty);
        assertThat(extractor.extract("a.txt", null)).isEqualTo(empty);
        assertThat(extractor.extract("b.txt", " \r\n\t\n  ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(empty);
        assertThat(extractor.extract("c.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}))
                .isEqualTo(empty);
        assertThat(extractor.extract("d.pdf", new byte[0])).isEqualTo(empty);
    }

    @Test
    void oversizedFileIsRejectedWithItsSizeAndTheLimit() {
        TextExtractor small = new TextExtractor(100);

        assertThat(small.extract("big.txt", new byte[101])).isEqualTo(new Extraction.Rejected(
                "file too large: 101 bytes (limit 100)"));
        assertThat(small.extract("ok.txt", "a".repeat(100).getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Extraction.Text.class);
        assertThat(TextExtractor.DEFAULT_MAX_BYTES).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void zipArchiveIsLeftToTheImporter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("letters/one.pdf"));
            zip.write("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        assertThat(extractor.extract("batch.zip", out.toByteArray()))
                .isEqualTo(new Extraction.Rejected("a zip archive; import it as an archive"));
        assertThat(extractor.extract("batch.txt", out.toByteArray()))
                .isEqualTo(new Extraction.Rejected("a zip archive; import it as an archive"));
    }

    @Test
    void wordDocumentIsNotMistakenForAnArchive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        Extraction result = extractor.extract("letter.bin", out.toByteArray());

        assertThat(result).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) result).reason()).contains("Office").contains("not supported");
    }

    @Test
    void imageFileIsRejectedAsNeedingOcr() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertThat(extractor.extract("scan.png", png))
                .isEqualTo(new Extraction.Rejected("an image file (PNG); OCR is not supported"));
    }
}
