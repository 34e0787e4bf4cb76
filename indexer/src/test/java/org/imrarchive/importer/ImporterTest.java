package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.DecisionDocument;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    @TempDir
    static Path work;
    static Path archive;

    @BeforeAll
    static void writeArchive() throws IOException {
        archive = ArchiveFixture.write(work.resolve("fixture"));
    }

    @Test
    void everyFileEndsIndexedDuplicateOrRejectedWithItsReason() throws IOException {
        try (ArchiveGateway gateway = FreshArchive.named("importer-account")) {
            Path report = work.resolve("account/report.json");
            Path quarantine = work.resolve("account/quarantine");
            ImportReport r = new Importer(gateway).run(List.of(archive),
                    ImportOptions.defaults().withReportFile(report).withQuarantineDir(quarantine), ProgressListener.NONE);

            assertThat(r.state()).isEqualTo(ImportProgress.State.FINISHED);
            Map<String, String> reasons = r.rejections().stream()
                    .collect(Collectors.toMap(ImportProgress.Rejection::path, ImportProgress.Rejection::reason));
            assertThat(reasons).containsOnlyKeys(
                    "archive/letters/empty.txt",
                    "archive/letters/scan.bin",
                    "archive/letters/shopping-list.txt",
                    "archive/huge-scan.txt",
                    "archive/bundle.zip!/../evil.txt",
                    "archive/bundle.zip!/nested.zip!/deeper.zip!/deepest.zip",
                    "archive/bomb.zip!/zeros.txt",
                    "archive/quiet-bomb.zip!/zeros.txt");
            assertThat(reasons.get("archive/bundle.zip!/../evil.txt")).contains("zip entry escapes its folder");
            assertThat(reasons.get("archive/bomb.zip!/zeros.txt")).startsWith("zip bomb");
            assertThat(reasons.get("archive/quiet-bomb.zip!/zeros.txt")).startsWith("zip bomb: entry expands more than 100:1");
            assertThat(reasons.get("archive/huge-scan.txt")).startsWith("file too large");
            assertThat(reasons.get("archive/bundle.zip!/nested.zip!/deeper.zip!/deepest.zip")).contains("nested deeper than 3");
            assertThat(reasons.get("archive/letters/empty.txt")).contains("empty");
            assertThat(reasons.get("archive/letters/scan.bin")).contains("binary");

            assertThat(r.filesSeen()).isEqualTo(ArchiveFixture.FILES);
            assertThat(r.indexed()).isEqualTo(ArchiveFixture.INDEXED);
            assertThat(r.duplicates()).isEqualTo(ArchiveFixture.DUPLICATES);
            assertThat(r.rejected()).isEqualTo(ArchiveFixture.REJECTED);
            assertThat(r.balanced()).isTrue();
            assertThat(r.letters()).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(r.decisions());
            assertThat(gateway.count(ArchiveIndex.IMPORTS)).isEqualTo(ArchiveFixture.FILES);

            // the JSON report says the same, with every reason
            ImportReport written = ImportReport.readFrom(report);
            assertThat(written.filesSeen()).isEqualTo(ArchiveFixture.FILES);
            assertThat(written.rejections()).hasSize(ArchiveFixture.REJECTED).allSatisfy(x -> assertThat(x.reason()).isNotBlank());

            // rejected files are kept for a look, each with its reason; the escaping name is defused
            assertThat(quarantine.resolve("archive/letters/scan.bin")).hasBinaryContent(ArchiveFixture.binary());
            assertThat(quarantine.resolve("archive/letters/scan.bin.reason.txt")).content().contains("binary");
            assertThat(quarantine.resolve("archive/bundle.zip!/__/evil.txt")).hasContent("I would overwrite your files");
            assertThat(quarantine.resolve("archive/bundle.zip!/__/evil.txt.reason.txt")).content().contains("escapes its folder");
            // a bomb holds nothing to look at: the report lists it, the quarantine holds no copy and no reason file
            assertThat(quarantine.resolve("archive/bomb.zip!/zeros.txt")).doesNotExist();
            assertThat(quarantine.resolve("archive/bomb.zip!/zeros.txt.reason.txt")).doesNotExist();
            assertThat(work.resolve("account/evil.txt")).doesNotExist();
            assertThat(work.resolve("fixture/evil.txt")).doesNotExist();
        }
    }

    @Test
    void theSameLetterUnderTwoNamesIsADuplicate() {
        try (ArchiveGateway gateway = FreshArchive.named("importer-twins")) {
            ImportReport r = new Importer(gateway).run(List.of(archive.resolve("letters/2014"), archive.resolve("letters/pdf")),
                    ImportOptions.defaults(), ProgressListener.NONE);

            assertThat(r.indexed()).isEqualTo(3); // sample, age 47, age 49 (PDF)
            assertThat(r.duplicates()).isEqualTo(2); // the byte copy, and the sample as PDF
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(3);
        }
    }

    @Test
    void csvRowsBecomeSearchableDmhcDeterminations() {
        try (ArchiveGateway gateway = FreshArchive.named("importer-dmhc")) {
            ImportReport r = new Importer(gateway).run(List.of(archive.resolve("dmhc-imr.csv")), ImportOptions.defaults(),
                    ProgressListener.NONE);

            assertThat(r.filesSeen()).isEqualTo(1);
            assertThat(r.indexed()).isEqualTo(1);
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(2, 0, 2, 0));
            assertThat(r.rowRejections()).extracting(ImportReport.RowRejection::line).containsExactly(5L, 6L);
            assertThat(r.rowRejections().get(0).reason()).contains("Maybe Later");

            DecisionDocument aba = gateway.decision("MN16-22639-1").orElseThrow();
            assertThat(aba.source()).isEqualTo("DMHC_IMR");
            assertThat(aba.format()).isEqualTo(LetterFormat.DMHC_IMR_CSV);
            assertThat(aba.outcome()).isEqualTo(Outcome.OVERTURNED);
            assertThat(aba.year()).isEqualTo(2016);
            assertThat(aba.decisionDate()).isNull();
            assertThat(aba.procedure().category()).isEqualTo(ProcedureCategory.PSYCHOLOGICAL);
            assertThat(aba.diagnoses()).containsExactly("Mental", "Autism Spectrum");
            assertThat(aba.rationale()).contains("\"ABA therapy\" is medically necessary, given the patient's age");
            assertThat(aba.patientGender()).isEqualTo("Male");
            assertThat(aba.dmhc()).isEqualTo(new DecisionDocument.DmhcFields(DmhcCaseType.MEDICAL_NECESSITY, ImrType.STANDARD, "0-10", 12, 5,
                    "Mental", "Autism Spectrum", "Mental Health", "Applied Behavioral Analysis (ABA)"));

            SearchResponse<DecisionDocument> found = gateway.search(ArchiveIndex.DECISIONS, b -> b
                    .query(q -> q.bool(bq -> bq
                            .filter(f -> f.term(t -> t.field("source").value("DMHC_IMR")))
                            .must(m -> m.match(mt -> mt.field("rationale").query("drug not likely beneficial"))))),
                    DecisionDocument.class);
            assertThat(found.hits().hits()).extracting(h -> h.source().caseNumber()).containsExactly("MN17-25001");
            assertThat(found.hits().hits().get(0).source().outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(found.hits().hits().get(0).source().procedure().category()).isEqualTo(ProcedureCategory.MEDICATION);
            assertThat(found.hits().hits().get(0).source().dmhc().caseType()).isEqualTo(DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL);
            assertThat(found.hits().hits().get(0).source().dmhc().imrType()).isEqualTo(ImrType.EXPEDITED);
        }
    }

    /** The invented rows of {@code samples/dmhc}, the first import of a fresh checkout: every column they hold is kept. */
    @Test
    void theSampleExportKeepsEveryColumnOfItsRows() {
        Path sample = Path.of("..", "samples", "dmhc", "dmhc-imr-determinations-sample.csv");
        try (ArchiveGateway gateway = FreshArchive.named("importer-dmhc-sample")) {
            ImportReport r = new Importer(gateway).run(List.of(sample), ImportOptions.defaults(), ProgressListener.NONE);
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(16, 0, 0, 0));

            assertThat(gateway.decision("MN16-22701-1").orElseThrow().dmhc()).isEqualTo(new DecisionDocument.DmhcFields(
                    DmhcCaseType.MEDICAL_NECESSITY, ImrType.EXPEDITED, "41-50", 3, 1, "Musculoskeletal", "Back Pain",
                    "Diagnostic Imaging, Screening and Testing", "MRI"));
            assertThat(gateway.decision("EI17-30112-1").orElseThrow().dmhc()).isEqualTo(new DecisionDocument.DmhcFields(
                    DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, ImrType.STANDARD, "51-64", 25, 2, "Cancer", "Breast Cancer", "Pharmacy",
                    "Anticancer Agents"));
            DecisionDocument.DmhcFields oldest = gateway.decision("MN22-80330-1").orElseThrow().dmhc();
            assertThat(oldest.ageRange()).isEqualTo("65+"); // the sample writes "65 or Over"
            assertThat(oldest.diagnosisCategory()).isEqualTo("Digestive System/Gastrointestinal");
            assertThat(oldest.daysToReview()).isEqualTo(12);
            assertThat(oldest.daysToAdopt()).isEqualTo(2);

            // every row has each column: the index holds all 16 for every field
            for (String field : List.of("dmhc.caseType", "dmhc.imrType", "dmhc.ageRange", "dmhc.daysToReview",
                    "dmhc.daysToAdopt", "dmhc.diagnosisCategory", "dmhc.diagnosisSubCategory")) {
                long with = gateway.search(ArchiveIndex.DECISIONS, b -> b.size(0).query(q -> q.exists(e -> e.field(field))),
                        Void.class).hits().total().value();
                assertThat(with).as(field).isEqualTo(16);
            }
            // and a DMHC letter reads back with them
            Letter letter = gateway.letter("EI17-30112").orElseThrow();
            assertThat(letter.dmhc().daysToReview()).isEqualTo(25);
        }
    }

    @Test
    void aRepeatedReferenceIdWithAnotherOutcomeIsAConflictNotADuplicate() throws IOException {
        // issue 14.5: the second MN18-1 row was dropped as a duplicate without a word
        String header = ArchiveFixture.CSV.lines().findFirst().orElseThrow();
        Path csv = work.resolve("conflict/dmhc-conflict.csv");
        java.nio.file.Files.createDirectories(csv.getParent());
        java.nio.file.Files.writeString(csv, header + "\n"
                + "MN18-1,2018,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,first\n"
                + "MN18-1,2018,Mental,Depression,Pharmacy,Antidepressants,Overturned Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,second\n"
                + "MN18-1,2018,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,third\n"
                + "MN18-2,2018,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,fourth\n");
        Path rerun = work.resolve("conflict/dmhc-conflict-again.csv");
        java.nio.file.Files.writeString(rerun, header + "\n"
                + "MN18-2,2018,Mental,Depression,Pharmacy,Antidepressants,Overturned Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,later\n");
        try (ArchiveGateway gateway = FreshArchive.named("importer-conflict")) {
            ImportReport r = new Importer(gateway).run(List.of(csv), ImportOptions.defaults(), ProgressListener.NONE);
            assertThat(r.rows()).isEqualTo(new ImportReport.RowCounts(2, 1, 0, 1));
            assertThat(r.rowRejections()).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(3);
                assertThat(x.reason()).startsWith("conflict: ReferenceID MN18-1 is UPHELD at line 2 but OVERTURNED here");
            });
            assertThat(gateway.decision("MN18-1-1").orElseThrow().outcome()).isEqualTo(Outcome.UPHELD);

            // against the archive too: a later export that says otherwise of a stored determination
            ImportReport later = new Importer(gateway).run(List.of(rerun), ImportOptions.defaults(), ProgressListener.NONE);
            assertThat(later.rows()).isEqualTo(new ImportReport.RowCounts(0, 0, 0, 1));
            assertThat(later.rowRejections()).singleElement().satisfies(x ->
                    assertThat(x.reason()).startsWith("conflict: ReferenceID MN18-2 is UPHELD at ").contains("dmhc-conflict.csv"));
        }
    }

    @Test
    void importingTheSameArchiveAgainChangesNothing() {
        try (ArchiveGateway gateway = FreshArchive.named("importer-again")) {
            Importer importer = new Importer(gateway);
            ImportReport first = importer.run(List.of(archive), ImportOptions.defaults().withJobId("first"), ProgressListener.NONE);
            long letters = gateway.count(ArchiveIndex.LETTERS);
            long decisions = gateway.count(ArchiveIndex.DECISIONS);

            // another job (an upload of the same archive): every letter is already there
            ImportReport second = importer.run(List.of(archive), ImportOptions.defaults().withJobId("second"), ProgressListener.NONE);
            assertThat(second.indexed()).isZero();
            assertThat(second.duplicates()).isEqualTo(first.indexed() + first.duplicates());
            assertThat(second.rejected()).isEqualTo(first.rejected());
            assertThat(second.balanced()).isTrue();
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(letters);
            assertThat(gateway.count(ArchiveIndex.DECISIONS)).isEqualTo(decisions);

            // the same job run again: its ledger already holds every file, the account is the same
            ImportReport rerun = importer.run(List.of(archive), ImportOptions.defaults().withJobId("first"), ProgressListener.NONE);
            assertThat(rerun.resumed()).isEqualTo(ArchiveFixture.FILES);
            assertThat(List.of(rerun.filesSeen(), rerun.indexed(), rerun.duplicates(), rerun.rejected(), rerun.letters(), rerun.decisions()))
                    .isEqualTo(List.of(first.filesSeen(), first.indexed(), first.duplicates(), first.rejected(), first.letters(), first.decisions()));
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(letters);
        }
    }

    @Test
    void anInterruptedImportFinishesWhenRunAgain() throws Exception {
        try (ArchiveGateway gateway = FreshArchive.named("importer-resume")) {
            Importer importer = new Importer(gateway);
            AtomicReference<ImportReport> interrupted = new AtomicReference<>();
            AtomicInteger done = new AtomicInteger();
            Thread[] runner = new Thread[1];
            ProgressListener ctrlC = new ProgressListener() {
                @Override
                public void progress(ImportProgress snapshot) {
                }

                @Override
                public void fileDone(String path, String status) {
                    if (done.incrementAndGet() == 4) {
                        runner[0].interrupt();
                    }
                }
            };
            ImportOptions options = ImportOptions.defaults().withReportFile(work.resolve("resume/report.json"));
            runner[0] = new Thread(() -> interrupted.set(importer.run(List.of(archive), options, ctrlC)));
            runner[0].start();
            runner[0].join(120_000);

            ImportReport partial = interrupted.get();
            assertThat(partial.state()).isEqualTo(ImportProgress.State.INTERRUPTED);
            assertThat(partial.filesSeen()).isLessThan(ArchiveFixture.FILES);
            assertThat(partial.balanced()).isTrue();

            ImportReport finished = importer.run(List.of(archive), options, ProgressListener.NONE);
            assertThat(finished.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(finished.jobId()).isEqualTo(partial.jobId()).isEqualTo(Importer.jobIdFor(List.of(archive)));
            assertThat(finished.resumed()).isEqualTo(partial.filesSeen());
            assertThat(finished.filesSeen()).isEqualTo(ArchiveFixture.FILES);
            assertThat(finished.indexed()).isEqualTo(ArchiveFixture.INDEXED);
            assertThat(finished.duplicates()).isEqualTo(ArchiveFixture.DUPLICATES);
            assertThat(finished.rejected()).isEqualTo(ArchiveFixture.REJECTED);
            assertThat(finished.letters()).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(ImportReport.readFrom(work.resolve("resume/report.json")).indexed()).isEqualTo(ArchiveFixture.INDEXED);
        }
    }

    @Test
    void aJobThatForgetsSettledFilesAtOnceKeepsTheSameAccount() {
        // refresh off (as for a large import) and every settled file forgotten at the next lookup: duplicates are
        // then found through the ledger and the letters in Elasticsearch instead of in memory
        try (ArchiveGateway gateway = FreshArchive.named("importer-forget")) {
            ImportReport r = new Importer(gateway).run(List.of(archive),
                    ImportOptions.defaults().withLargeImport(1).withForgetAfter(1), ProgressListener.NONE);
            assertThat(r.state()).isEqualTo(ImportProgress.State.FINISHED);
            assertThat(r.filesSeen()).isEqualTo(ArchiveFixture.FILES);
            assertThat(r.indexed()).isEqualTo(ArchiveFixture.INDEXED);
            assertThat(r.duplicates()).isEqualTo(ArchiveFixture.DUPLICATES);
            assertThat(r.rejected()).isEqualTo(ArchiveFixture.REJECTED);
            assertThat(r.balanced()).isTrue();
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(ArchiveFixture.LETTERS);
            assertThat(gateway.count(ArchiveIndex.IMPORTS)).isEqualTo(ArchiveFixture.FILES);
        }
    }

    @Test
    void aLargeImportTurnsRefreshOffAndBackOn() throws InterruptedException {
        try (ArchiveGateway gateway = FreshArchive.named("importer-refresh")) {
            ImportReport r = new Importer(gateway).run(List.of(archive.resolve("letters/2014")),
                    ImportOptions.defaults().withLargeImport(1), ProgressListener.NONE);
            assertThat(r.indexed()).isEqualTo(2);
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(2); // refreshed at the end

            // periodic refresh is back: a letter stored later becomes visible without an explicit refresh
            gateway.putLetter("CM99-0000001", new Letter(null, "CM99-0000001", null, null, null, null, null, null, null));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (gateway.count(ArchiveIndex.LETTERS) < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(3);
        }
    }
}
