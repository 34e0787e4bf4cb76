package org.imrarchive.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Duration;
import java.util.List;
import org.imrarchive.letter.Letter;
import org.imrarchive.letter.LetterDates;
import org.imrarchive.letter.Patient;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.storage.ArchiveGateway;
import org.imrarchive.storage.ArchiveIndex;
import org.imrarchive.storage.ClusterHealth;
import org.imrarchive.storage.runtime.LocalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The archive on three nodes with one replica: losing any one node loses no answer and no letter. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverTest {

    private static final int LETTERS = 60;
    private static LocalCluster cluster;
    private static ArchiveGateway gateway;

    @BeforeAll
    static void archiveOnThreeNodes() {
        cluster = SharedCluster.get();
        gateway = ArchiveGateway.connect(cluster.address(), "failover", 1);
        gateway.deleteAll();
        gateway.ensureSchema();
        for (int i = 0; i < LETTERS; i++) {
            String caseNumber = String.format("CM1%d-%07d", 3 + i % 2, i);
            gateway.putLetter(caseNumber, new Letter(null, caseNumber, LetterDates.none(), Patient.unknown(),
                    Reviewer.unknown(), List.of("lumbar radiculopathy"), "summary", List.of(), List.of()));
        }
        gateway.refresh();
    }

    @AfterAll
    static void close() {
        gateway.close();
    }

    @Test
    @Order(1)
    void threeNodesStartGreenWithOneReplicaOfEveryShard() {
        assertThat(cluster.awaitHealth("green", 3, Duration.ofSeconds(60))).isEqualTo("green");
        ClusterHealth health = gateway.health();
        assertThat(health.nodes()).isEqualTo(3);
        assertThat(health.unassignedShards()).isZero();
        assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(LETTERS);
        assertThat(gateway.schemaDefinition(ArchiveIndex.LETTERS).at("/settings/number_of_replicas").asInt(
                gateway.schemaDefinition(ArchiveIndex.LETTERS).at("/settings/index/number_of_replicas").asInt(-1)))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void searchesKeepAnsweringWhileTheMasterIsStoppedAndTheClusterIsGreenWhenItReturns() {
        int master = cluster.masterNode();
        List<ProcessHandle> before = cluster.processTree();
        cluster.stopNode(master);
        List<ProcessHandle> stopped = before.stream().filter(p -> !cluster.processTree().contains(p)).toList();
        assertThat(stopped).as("the stopped node's launcher and server").hasSizeGreaterThanOrEqualTo(1)
                .noneMatch(ProcessHandle::isAlive);
        assertThat(cluster.awaitHealth("yellow", 2, Duration.ofSeconds(60))).isIn("yellow", "green");
        assertThat(gateway.health().nodes()).isEqualTo(2);
        assertThat(cluster.masterNode()).as("a new master is elected").isNotEqualTo(master);
        assertEverySearchAnswersInFull(20);

        cluster.startNode(master);
        assertThat(cluster.awaitHealth("green", 3, Duration.ofSeconds(90))).isEqualTo("green");
        assertThat(gateway.health().unassignedShards()).isZero();
        assertEverySearchAnswersInFull(5);
    }

    private static void assertEverySearchAnswersInFull(int times) {
        for (int i = 0; i < times; i++) {
            assertFullAnswer();
        }
    }

    private static void assertFullAnswer() {
        SearchResponse<Letter> r = gateway.search(ArchiveIndex.LETTERS, b -> b
                .query(q -> q.prefix(p -> p.field("caseNumber").value("CM13-")))
                .trackTotalHits(t -> t.enabled(true))
                .size(0), Letter.class);
        assertThat(r.shards().failed().intValue()).as("failed shards").isZero();
        assertThat(r.hits().total().value()).isEqualTo(LETTERS / 2);
        assertThat(gateway.count(ArchiveIndex.LETTERS)).isEqualTo(LETTERS);
    }
}
