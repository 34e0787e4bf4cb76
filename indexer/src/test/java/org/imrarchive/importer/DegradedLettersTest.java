package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.imrarchive.storage.ArchiveGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: the account counts letters whose text needed a substitute font, instead of a warning per page. */
class DegradedLettersTest {

    static final String SUBSTITUTE = "font TimesNewRomanPSMT not embedded; a substitute was used";

    @TempDir
    Path work;

    @Test
    void theAccountCountsLettersExtractedWithASubstituteFont() throws IOException {
        Path letters = Files.createDirectories(work.resolve("letters"));
        ArchiveFixture.pdfInFontNotEmbedded(letters.resolve("word-export-51.pdf"), ArchiveFixture.variant(51));
        ArchiveFixture.pdfInFontNotEmbedded(letters.resolve("word-export-52.pdf"), ArchiveFixture.variant(52));
        ArchiveFixture.pdf(letters.resolve("standard-font-53.pdf"), ArchiveFixture.variant(53));
        Files.writeString(letters.resolve("plain-54.txt"), ArchiveFixture.variant(54));
        try (ArchiveGateway gateway = FreshArchive.named("importer-degraded")) {
            AtomicReference<ImportProgress> last = new AtomicReference<>();
            ImportReport r = new Importer(gateway).run(List.of(letters), ImportOptions.defaults().withJobId("degraded"),
                    new ProgressListener() {
                        @Override
                        public void progress(ImportProgress snapshot) {
                            last.set(snapshot);
                        }

                        @Override
                        public void fileDone(String path, String status) {
                        }
                    });

            assertThat(r.indexed()).isEqualTo(4);
            assertThat(r.degraded()).isEqualTo(2);
            assertThat(r.degradations()).containsExactlyEntriesOf(java.util.Map.of(SUBSTITUTE, 2L));
            assertThat(last.get().degraded()).isEqualTo(2);
            assertThat(SummaryTable.render(r))
                    .containsPattern("Degraded\\s+2  letters whose text may be less faithful than their file")
                    .containsPattern("\\s+2  " + SUBSTITUTE);

            // the same job again: the ledger remembers which letters were degraded
            ImportReport again = new Importer(gateway).run(List.of(letters), ImportOptions.defaults().withJobId("degraded"),
                    ProgressListener.NONE);
            assertThat(again.resumed()).isEqualTo(4);
            assertThat(again.degraded()).isEqualTo(2);
            assertThat(again.degradations()).isEqualTo(r.degradations());
        }
    }

    @Test
    void anAccountWithoutDegradedLettersSaysNothingOfThem() throws IOException {
        Path letters = Files.createDirectories(work.resolve("plain"));
        Files.writeString(letters.resolve("plain.txt"), ArchiveFixture.variant(55));
        try (ArchiveGateway gateway = FreshArchive.named("importer-not-degraded")) {
            ImportReport r = new Importer(gateway).run(List.of(letters), ImportOptions.defaults(), ProgressListener.NONE);
            assertThat(r.degraded()).isZero();
            assertThat(SummaryTable.render(r)).doesNotContain("Degraded");
        }
    }
}
