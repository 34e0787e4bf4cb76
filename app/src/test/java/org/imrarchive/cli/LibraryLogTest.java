package org.imrarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrarchive.extract.testing.WordExportPdf;
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
        Files.write(pdf, WordExportPdf.of(List.of("Case Number: CM16-0123456")));

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

}
