package org.imrarchive.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DMHC export's own columns as an analyst uses them: "uphold rate of Experimental/Investigational denials by
 * treatment category, by year", with the DMHC's Type, IMRType, age range and days as filters, facets and groupings.
 * The rows are written here, so every count is known by construction; they go through the real importer.
 */
class DmhcDimensionsApiTest {

    /** Type, treatment category, year, upheld?, IMRType, days to review. */
    private static final Object[][] ROWS = {
            {"Experimental/Investigational", "Pharmacy", 2015, true, "Standard", 25},
            {"Experimental/Investigational", "Pharmacy", 2015, true, "Standard", 28},
            {"Experimental/Investigational", "Pharmacy", 2015, false, "Standard", 30},
            {"Experimental / Investigational", "Pharmacy", 2016, false, "Expedited", 3},
            {"EXPERIMENTAL/INVESTIGATIONAL", "Diagnostic Imaging, Screening and Testing", 2016, true, "Standard", 20},
            {"Experimental/Investigational", "Diagnostic Imaging, Screening and Testing", 2016, false, "Standard", 22},
            {"Medical Necessity", "Pharmacy", 2015, false, "Standard", 21},
            {"Medical Necessity", "Pharmacy", 2016, true, "Expedited", 2},
            {"Urgent Care", "Emergency/Urgent Care", 2016, true, "Standard", 14},
    };

    @TempDir
    static Path folder;

    static ArchiveGateway gateway;
    static ApiServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestCluster.freshArchive("api-dmhc-dimensions");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < ROWS.length; i++) {
            Object[] row = ROWS[i];
            csv.append("EI").append(row[2].toString().substring(2)).append("-9000").append(i).append(',')
                    .append(row[2]).append(",\"Ears, Nose, Throat\",Sinusitis,\"").append(row[1]).append("\",Other,")
                    .append((Boolean) row[3] ? "Upheld Decision of Health Plan" : "Overturned Decision of Health Plan")
                    .append(',').append(row[0]).append(",41 to 50,Female,").append(row[4]).append(',').append(row[5])
                    .append(",7,The reviewer found the treatment was not supported.\n");
        }
        DmhcCsv.importRows(gateway, folder, "dmhc-dimensions.csv", csv);
        server = ApiServer.start(ApiConfig.defaults().withPort(0), gateway, new RecordingImportJobs());
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        gateway.close();
    }

    @Test
    void upholdRateOfExperimentalDenialsByTreatmentCategory() {
        JsonNode rates = api.get("/api/stats/uphold-rates?caseType=EXPERIMENTAL_INVESTIGATIONAL&by=treatmentCategory")
                .json();

        assertThat(rates.path("total").path("decisions").asLong()).isEqualTo(6);
        Map<String, String> counts = new HashMap<>();
        rates.path("groups").forEach(g -> counts.put(g.path("group").asText(),
                g.path("upheld").asLong() + "/" + g.path("decisions").asLong()));
        assertThat(counts).containsOnly(Map.entry("Pharmacy", "2/4"),
                Map.entry("Diagnostic Imaging, Screening and Testing", "1/2"));
    }

    @Test
    void byTreatmentCategoryAndYear() {
        JsonNode table = api.get("/api/stats/cross?caseType=EXPERIMENTAL_INVESTIGATIONAL"
                + "&rows=treatmentCategory&cols=year&minCount=1").json();

        Map<String, String> cells = new HashMap<>();
        table.path("cells").forEach(c -> cells.put(c.path("row").asText() + " " + c.path("col").asText(),
                c.path("upheld").asLong() + "/" + c.path("decisions").asLong()));
        assertThat(cells).containsOnly(Map.entry("Pharmacy 2015", "2/3"), Map.entry("Pharmacy 2016", "0/1"),
                Map.entry("Diagnostic Imaging, Screening and Testing 2016", "1/2"));
    }

    @Test
    void searchCountsAndFiltersTheDmhcColumns() {
        JsonNode result = api.get("/api/search?imrType=EXPEDITED").json();
        assertThat(result.path("total").asLong()).isEqualTo(2);

        JsonNode all = api.get("/api/search").json();
        assertThat(facet(all, "caseType", "EXPERIMENTAL_INVESTIGATIONAL")).isEqualTo(6);
        assertThat(facet(all, "caseType", "MEDICAL_NECESSITY")).isEqualTo(2);
        assertThat(facet(all, "caseType", "URGENT_CARE")).isEqualTo(1);
        assertThat(facet(all, "ageRange", "41-50")).isEqualTo(ROWS.length);

        assertThat(api.get("/api/search?reviewDaysMax=7").json().path("total").asLong())
                .as("expedited reviews take days, not weeks").isEqualTo(2);
        assertThat(api.get("/api/search?diagnosisCategory=" + ApiClient.enc("Ears, Nose, Throat")).json()
                .path("total").asLong()).as("a category whose name holds commas").isEqualTo(ROWS.length);
    }

    @Test
    void badDmhcValuesAreA400NamingTheParameter() {
        ApiClient.Answer answer = api.get("/api/search?caseType=SOMETIMES");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).startsWith("caseType must be one of");

        ApiClient.Answer days = api.get("/api/stats/uphold-rates?reviewDaysMin=many");
        assertThat(days.status()).isEqualTo(400);
        assertThat(days.json().path("error").asText()).contains("reviewDaysMin");
    }

    @Test
    void theVocabularyPublishesThem() {
        JsonNode vocabulary = api.get("/api/dimensions").json();
        Map<String, JsonNode> byName = new HashMap<>();
        vocabulary.path("dimensions").forEach(d -> byName.put(d.path("name").asText(), d));
        assertThat(byName).containsKeys("caseType", "imrType", "ageRange", "diagnosisCategory", "treatmentCategory",
                "daysToReview", "daysToAdopt");
        assertThat(byName.get("caseType").path("groups").asBoolean()).isTrue();
        assertThat(byName.get("daysToReview").path("groups").asBoolean()).isTrue();
    }

    private static long facet(JsonNode result, String facet, String value) {
        for (JsonNode bucket : result.path("facets").path(facet)) {
            if (bucket.path("value").asText().equals(value)) {
                return bucket.path("count").asLong();
            }
        }
        return 0;
    }
}
