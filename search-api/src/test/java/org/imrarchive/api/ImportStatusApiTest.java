package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.5: what an import did is in its status, not only in the report file. A DMHC export with bad rows showed
 * {@code rejected 0, rejections []}; a job with 5,000 rejections listed 200 with no sign the list was cut.
 */
class ImportStatusApiTest {

    private static final String HEADER = "ReferenceID,ReportYear,DiagnosisCategory,DiagnosisSubCategory,TreatmentCategory,"
            + "TreatmentSubCategory,Determination,Type,AgeRange,PatientGender,IMRType,DaysToReview,DaysToAdopt,Findings\n";

    @TempDir
    static Path work;
    private static ArchiveGateway gateway;
    private static BackgroundImportJobs jobs;
    private static ApiServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        gateway = TestCluster.freshArchive("api-import-status-" + Long.toString(System.currentTimeMillis(), 36));
        jobs = new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.inHome(work.resolve("home"), id));
        server = ApiServer.start(ApiConfig.defaults().withPort(0).withUploadDirectory(work.resolve("uploads")), gateway, jobs);
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        jobs.close();
        gateway.close();
    }

    @Test
    void aDmhcExportWithBadRowsShowsItsRowCountsAndRejections() throws Exception {
        String csv = HEADER
                + "MN19-1,2019,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,kept\n"
                + "MN19-2,2019,Mental,Depression,Pharmacy,Antidepressants,Maybe Later,Medical Necessity,21 to 30,Female,Standard,10,3,bad outcome\n"
                + ",2019,Mental,Depression,Pharmacy,Antidepressants,Upheld Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,no id\n"
                + "MN19-1,2019,Mental,Depression,Pharmacy,Antidepressants,Overturned Decision of Health Plan,Medical Necessity,21 to 30,Female,Standard,10,3,says otherwise\n";
        JsonNode done = importAndWait(ImportApiTest.multipart(Map.of("dmhc.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(done.path("state").asText()).isEqualTo("FINISHED");
        assertThat(done.path("indexed").asInt()).isEqualTo(1);
        JsonNode rows = done.path("rows");
        assertThat(rows.path("indexed").asInt()).isEqualTo(1);
        assertThat(rows.path("rejected").asInt()).isEqualTo(2);
        assertThat(rows.path("conflicts").asInt()).isEqualTo(1);
        assertThat(done.path("rowRejections")).hasSize(3);
        assertThat(done.path("rowRejections").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(done.path("rowRejections").get(0).path("reason").asText()).contains("Maybe Later");
        assertThat(done.path("rowRejections").get(2).path("reason").asText())
                .startsWith("conflict: ReferenceID MN19-1 is UPHELD at line 2 but OVERTURNED here");
        assertThat(done.path("rowRejectionsTruncated").asBoolean()).isFalse();
    }

    @Test
    void aJobWithMoreRejectionsThanItListsSaysSoAndLinksTheFullReport() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (int i = 0; i < 250; i++) {
                out.putNextEntry(new ZipEntry("note-" + i + ".txt"));
                out.write(("not a letter " + i).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        JsonNode done = importAndWait(ImportApiTest.multipart(Map.of("notes.zip", zip.toByteArray())));

        assertThat(done.path("state").asText()).isEqualTo("FINISHED");
        assertThat(done.path("rejected").asInt()).isEqualTo(250);
        assertThat(done.path("rejections")).hasSize(200);
        assertThat(done.path("rejectionsTruncated").asBoolean()).isTrue();
        String report = done.path("links").path("report").asText();
        assertThat(report).isEqualTo("/api/imports/" + done.path("jobId").asText() + "/report");

        ApiClient.Answer full = api.get(report);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("Content-Type")).startsWith("application/json");
        assertThat(full.json().path("rejections")).hasSize(250);
        assertThat(full.json().path("rejectionsTruncated").asBoolean()).isFalse();

        assertThat(api.get("/api/imports/no-such-job/report").status()).isEqualTo(404);
    }

    private static JsonNode importAndWait(byte[] multipart) throws InterruptedException {
        ApiClient.Answer started = api.post("/api/imports", "multipart/form-data; boundary=" + ImportApiTest.BOUNDARY,
                multipart, Map.of());
        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json().path("jobId").asText();
        JsonNode progress = null;
        for (int i = 0; i < 1200; i++) {
            progress = api.get("/api/imports/" + jobId).json();
            if (!progress.path("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(100);
        }
        return progress;
    }
}
