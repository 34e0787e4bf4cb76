package org.imrarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr parse} of a Word-style PDF (font not embedded) in its own JVM, as a user runs it: slf4j-simple is
 * configured once per process, so only a fresh process shows what reaches the console.
 */
class LibraryLogTest {

    @TempDir
    Path dir;

    @Test
    void pdfBoxFontWarningsGoToTheLogFileNotTheConsole() throws Exception {
        Path home = dir.resolve("home");
        Path pdf = dir.resolve("word-export.pdf");
        Files.write(pdf, pdfInFontNotEmbedded("Case Number: CM16-0123456"));

        ProcessBuilder imr = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Imr.class.getName(), "parse", pdf.toString());
        imr.environment().put("IMR_HOME", home.toString());
        imr.redirectErrorStream(false);
        Process p = imr.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
        errReader.start();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        errReader.join();

        String console = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        // Not a whole determination, so parse rejects it: that one line is the command's own report.
        assertThat(console.strip().lines()).allMatch(line -> line.startsWith(pdf + ": rejected: "));
        assertThat(console).doesNotContain("fallback").doesNotContain("WARN");
        assertThat(Files.readString(home.resolve("logs/parse.log")))
                .contains("Using fallback font").contains("TimesNewRomanPSMT");
    }

    private static void copy(java.io.InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One page in TrueType TimesNewRomanPSMT, referenced but not embedded, as Word exports do. */
    private static byte[] pdfInFontNotEmbedded(String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "TimesNewRomanPSMT");
            descriptor.setInt(COSName.FLAGS, 34);
            descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-568, -216, 2568, 1109).getCOSArray());
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "TimesNewRomanPSMT");
            font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
            font.setInt(COSName.FIRST_CHAR, 32);
            font.setInt(COSName.LAST_CHAR, 126);
            COSArray widths = new COSArray();
            for (int c = 32; c <= 126; c++) {
                widths.add(COSInteger.get(500));
            }
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setResources(resources);
            doc.addPage(page);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream()) {
                out.write(("BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
