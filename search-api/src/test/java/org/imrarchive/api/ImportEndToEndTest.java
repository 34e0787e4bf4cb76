package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imrarchive.importer.BackgroundImportJobs;
import org.imrarchive.importer.ImportOptions;
import org.imrarchive.importer.Importer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload through the real import pipeline (extraction, parser, indexer) into a real Elasticsearch. */
class ImportEndToEndTest {

    @TempDir
    Path uploads;

    @Test
    void anUploadedLetterIsAccountedForAndSearchableOnceParsed() throws Exception {
        byte[] text = sampleLetter();
        try (ArchiveGateway gateway = TestCluster.freshArchive("api-import-e2e");
             BackgroundImportJobs jobs = new BackgroundImportJobs(new Importer(gateway), id -> ImportOptions.defaults());
             ApiServer server = ApiServer.start(ApiConfig.defaults().withPort(0).withUploadDirectory(uploads), gateway, jobs)) {
            ApiClient api = new ApiClient(server.port());
            ApiClient.Answer started = api.post("/api/imports", "multipart/form-data; boundary=" + ImportApiTest.BOUNDARY,
                    multipart("discogram-upheld.txt", text), Map.of());
            assertThat(started.status()).isEqualTo(202);
            String jobId = started.json().path("jobId").asText();

            JsonNode progress = null;
            for (int i = 0; i < 600; i++) {
                progress = api.get("/api/imports/" + jobId).json();
                if (!progress.path("state").asText().equals("RUNNING")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(progress.path("state").asText()).isEqualTo("FINISHED");
            assertThat(progress.path("filesSeen").asInt()).isEqualTo(1);
            assertThat(progress.path("indexed").asInt() + progress.path("duplicates").asInt()
                    + progress.path("rejected").asInt()).isEqualTo(1);
            if (progress.path("indexed").asInt() == 1) {
                gateway.refresh();
                JsonNode found = api.get("/api/search?q=discogram").json();
                assertThat(found.path("hits").get(0).path("procedure").path("name").asText()).isEqualTo("Discography");
            }
        }
    }

    private static byte[] multipart(String name, byte[] content) {
        return ImportApiTest.multipart(Map.of(name, content));
    }

    /** A real 2013 letter from the parser's development corpus, in the repository. */
    private static byte[] sampleLetter() throws Exception {
        return Files.readAllBytes(Path.of("../parser/src/test/resources/corpus/dwc-2013/discogram-upheld.txt"));
    }
}
