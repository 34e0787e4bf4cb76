package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The faster stripper settings must give the text PDFBox's default stripper (sorted by position) gives. */
class ExtractionFidelityTest {

    /** The real letters, beside the repository (never committed); the module's directory is one level down. */
    private static final Path REAL_LETTERS = Path.of("../../shared/corpus/real-2016");

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void generatedLetterTextIsWhatTheDefaultStripperGives() throws IOException {
        byte[] pdf = Pdfs.bytes(Pdfs.letter(List.of(
                List.of("Independent Medical Review Final Determination Letter", "Case Number: CM16-0123456",
                        "Decision: The request is not medically necessary."),
                List.of("Sincerely, Independent Medical Review Unit"))));

        assertThat(textOf(extractor.extract("letter.pdf", pdf))).isEqualTo(defaultStripperText(pdf));
    }

    @Test
    void realLettersTextIsWhatTheDefaultStripperGives() throws IOException {
        assumeTrue(Files.isDirectory(REAL_LETTERS),
                "real letters absent (" + REAL_LETTERS.toAbsolutePath().normalize() + "); skipped");
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(REAL_LETTERS)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assumeTrue(!pdfs.isEmpty(), "no PDFs under " + REAL_LETTERS + "; skipped");
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(textOf(extractor.extract(pdf.toString(), bytes)))
                    .as(pdf.getFileName().toString())
                    .isEqualTo(defaultStripperText(bytes));
        }
    }

    private static String textOf(Extraction e) {
        assertThat(e).isInstanceOf(Extraction.Text.class);
        return ((Extraction.Text) e).text();
    }

    private static String defaultStripperText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "")) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            return stripper.getText(doc);
        }
    }
}
