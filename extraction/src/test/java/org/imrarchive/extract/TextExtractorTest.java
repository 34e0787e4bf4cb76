package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TextExtractorTest {

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        TextExtractor extractor = new TextExtractor();
        byte[] pdf = Pdfs.bytes(Pdfs.letter(List.of(List.of("Case Number: CM23-0000001", "Decision: Upheld"))));
        byte[] html = "<html><body><p>Case</p><p>Upheld</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Extraction expectedPdf = extractor.extract("a.pdf", pdf);
        Extraction expectedHtml = extractor.extract("a.html", html);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean usePdf = i % 2 == 0;
                results.add(pool.submit(() -> usePdf
                        ? extractor.extract("a.pdf", pdf).equals(expectedPdf)
                        : extractor.extract("a.html", html).equals(expectedHtml)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expectedPdf).isInstanceOf(Extraction.Text.class);
        assertThat(expectedHtml).isInstanceOf(Extraction.Text.class);
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> new TextExtractor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extensionIsTakenFromTheFileNameOnly() {
        assertThat(TextExtractor.extension("dir.v2/Letter.PDF")).isEqualTo("pdf");
        assertThat(TextExtractor.extension("dir.v2/README")).isEmpty();
        assertThat(TextExtractor.extension("C:\\x.y\\file")).isEmpty();
        assertThat(TextExtractor.extension(null)).isEmpty();
    }
}
