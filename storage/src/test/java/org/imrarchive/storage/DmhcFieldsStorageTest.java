package org.imrarchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.ObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.imrarchive.letter.Decision;
import org.imrarchive.letter.DmhcCase;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.LetterJson;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.SourceInfo;
import org.imrarchive.storage.testing.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A DMHC export row's own columns go into the decisions index under {@code dmhc}, as keywords and whole days an
 * analyst filters and groups by; a DWC letter has none of them, in the index or in its JSON.
 */
class DmhcFieldsStorageTest {

    private static ArchiveGateway gateway;

    @BeforeAll
    static void createArchive() {
        gateway = TestCluster.freshArchive("dmhc-fields-test");
    }

    @AfterAll
    static void close() {
        gateway.deleteAll();
        gateway.close();
    }

    private static Letter letter(String caseNumber, LetterFormat format, DmhcCase dmhc) {
        return new Letter(new SourceInfo("invented.csv", "ab".repeat(32), format), caseNumber, LetterDates.none(),
                new Patient(null, "Female"), null, List.of("Cancer", "Breast Cancer"), null,
                List.of(new Decision("Anticancer Agents", Outcome.OVERTURNED, null, List.of(), List.of(), "Invented.")),
                List.of(), dmhc);
    }

    @Test
    void aDmhcRowsColumnsAreStoredAndSearchableByTypeAndDays() {
        DmhcCase dmhc = new DmhcCase(DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, ImrType.EXPEDITED, "51-64", 4, 12,
                "Cancer", "Breast Cancer", "Pharmacy", "Anticancer Agents");
        Letter ei = letter("EI17-1", LetterFormat.DMHC_IMR_CSV, dmhc);
        gateway.putLetter("EI17-1", ei);
        DecisionDocuments.of("EI17-1", ei, DecisionDocuments.SOURCE_DMHC_IMR, Instant.now(), 2017).forEach(gateway::putDecision);
        Letter dwc = letter("CM16-1", LetterFormat.DWC_IMR_2016, null);
        DecisionDocuments.of("CM16-1", dwc, DecisionDocuments.SOURCE_CA_DWC_IMR, Instant.now()).forEach(gateway::putDecision);
        gateway.refresh();

        assertThat(gateway.letter("EI17-1").orElseThrow()).isEqualTo(ei);
        assertThat(gateway.decision("EI17-1-1").orElseThrow().dmhc()).isEqualTo(new DecisionDocument.DmhcFields(
                DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, ImrType.EXPEDITED, "51-64", 4, 12, "Cancer", "Breast Cancer", "Pharmacy",
                "Anticancer Agents"));
        assertThat(gateway.decision("CM16-1-1").orElseThrow().dmhc()).isNull();
        // absent from the DWC decision's source, not stored as an empty object
        SearchResponse<Map> raw = gateway.search(ArchiveIndex.DECISIONS,
                b -> b.query(q -> q.ids(i -> i.values("CM16-1-1"))), Map.class);
        assertThat(raw.hits().hits().get(0).source()).doesNotContainKey("dmhc");

        assertThat(ids(b -> b.query(q -> q.term(t -> t.field("dmhc.caseType").value("EXPERIMENTAL_INVESTIGATIONAL")))))
                .containsExactly("EI17-1-1");
        assertThat(ids(b -> b.query(q -> q.term(t -> t.field("dmhc.diagnosisCategory").value("Cancer")))))
                .containsExactly("EI17-1-1");
        // days are numbers: a range finds them, which a keyword could not do right ("12" < "4")
        assertThat(ids(b -> b.query(q -> q.range(r -> r.number(n -> n.field("dmhc.daysToAdopt").gte(10.0))))))
                .containsExactly("EI17-1-1");
        assertThat(ids(b -> b.query(q -> q.range(r -> r.number(n -> n.field("dmhc.daysToReview").gt(5.0))))))
                .isEmpty();
    }

    @Test
    void aDwcLettersJsonHasNoDmhcKeyAndADmhcRowsHasIt() throws Exception {
        String dwc = LetterJson.mapper().writeValueAsString(letter("CM16-2", LetterFormat.DWC_IMR_2016, null));
        String dmhc = LetterJson.mapper().writeValueAsString(letter("MN16-2", LetterFormat.DMHC_IMR_CSV,
                new DmhcCase(DmhcCaseType.URGENT_CARE, null, null, null, null, null, null, null, null)));

        assertThat(dwc).doesNotContain("dmhc");
        assertThat(dmhc).contains("\"dmhc\":{\"caseType\":\"URGENT_CARE\",\"imrType\":null");
    }

    private static List<String> ids(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> query) {
        return gateway.search(ArchiveIndex.DECISIONS, query, Map.class).hits().hits().stream().map(h -> h.id()).toList();
    }
}
