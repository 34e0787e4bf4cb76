package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.imrarchive.letter.Outcome;
import org.imrarchive.storage.runtime.ClusterAddress;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The index comes from the files in mappings/, and its analyzers stem and expand medical synonyms. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexSchemaTest {

    private ArchiveGateway gateway;

    /** The node these tests run on; {@link IndexSchemaContainerTest} runs them on the official image. */
    ClusterAddress cluster() {
        return TestCluster.address();
    }

    @BeforeAll
    void createArchive() {
        gateway = TestCluster.freshArchive(cluster(), "schema-test");
        List<String> rationales = List.of(
                "The request for lumbar epidural steroid injection at L4-5 is not supported.",
                "Continued use of hydrocodone acetaminophen without functional improvement is not recommended.",
                "A single injection may be considered after failed conservative care.",
                "Diskography is not recommended as a preoperative indication.",
                "Twelve sessions of physical therapy exceed the guideline's recommendation.");
        for (int i = 0; i < rationales.size(); i++) {
            gateway.putDecision(document("doc-" + i, rationales.get(i)));
        }
        gateway.refresh();
    }

    @AfterAll
    void close() {
        gateway.deleteAll();
        gateway.close();
    }

    @Test
    void theDecisionsAliasPointsAtTheVersionedIndexBuiltFromTheMappingsFile() {
        JsonNode file = gateway.schemaDefinition(ArchiveIndex.DECISIONS);
        SearchResponse<Map> any = gateway.search(ArchiveIndex.DECISIONS, s -> s.size(1), Map.class);
        assertThat(any.hits().hits().get(0).index()).isEqualTo("schema-test-decisions-v" + ArchiveIndex.DECISIONS.version());
        assertThat(file.at("/mappings/properties/rationale/type").asText()).isEqualTo("text");
        assertThat(file.at("/settings/analysis/filter").toString()).contains("epidural steroid injection");
    }

    @Test
    void pluralsFindTheSingular() {
        assertThat(idsMatching("injections")).contains("doc-0", "doc-2");
    }

    @Test
    void abbreviationsFindTheirSpelledOutForm() {
        assertThat(idsMatching("ESI")).containsExactly("doc-0");
        assertThat(idsMatching("PT")).containsExactly("doc-4");
    }

    @Test
    void brandNamesFindTheGeneric() {
        assertThat(idsMatching("Norco")).containsExactly("doc-1");
        assertThat(idsMatching("discogram")).containsExactly("doc-3");
    }

    @Test
    void phrasesStillMatchInOrder() {
        SearchResponse<Map> response = gateway.search(ArchiveIndex.DECISIONS,
                s -> s.query(q -> q.matchPhrase(m -> m.field("rationale").query("epidural steroid injection"))), Map.class);
        assertThat(response.hits().hits()).extracting(h -> h.id()).containsExactly("doc-0");
    }

    private List<String> idsMatching(String text) {
        SearchResponse<Map> response = gateway.search(ArchiveIndex.DECISIONS,
                s -> s.query(q -> q.match(m -> m.field("rationale").query(text))), Map.class);
        return response.hits().hits().stream().map(h -> h.id()).toList();
    }

    private static DecisionDocument document(String id, String rationale) {
        return new DecisionDocument(id, "letter-" + id, null, 1, "item", Outcome.UPHELD, null, List.of(), List.of(), List.of(),
                rationale, null, List.of(), null, null, List.of(), null, null, null, null, null, null,
                DecisionDocuments.SOURCE_CA_DWC_IMR, null, null, null, List.of(), null);
    }
}
