package org.imrarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeenInJobTest {

    @Test
    void aSecondCopyIsTheFirstHoldersUntilTheFirstIsSettledAndTheLedgerRefreshed() {
        SeenInJob seen = new SeenInJob(2);
        AtomicInteger refreshes = new AtomicInteger();

        assertThat(seen.content("sha-a", "a.txt")).isNull();
        assertThat(seen.letter("CM13-1", "a.txt")).isNull();
        assertThat(seen.content("sha-a", "copy-of-a.txt")).isEqualTo("a.txt");
        assertThat(seen.letter("CM13-1", "other-scan-of-a.txt")).isEqualTo("a.txt");

        // one settled file is less than a round: nothing is refreshed or forgotten
        seen.settled("sha-a", "CM13-1", "a.txt");
        seen.forgetSettled(refreshes::incrementAndGet);
        assertThat(refreshes).hasValue(0);
        assertThat(seen.content("sha-a", "late-copy.txt")).isEqualTo("a.txt");

        // a duplicate holds nothing: its settling neither forgets the first holder's keys nor counts towards a round
        assertThat(seen.content("sha-b", "b.txt")).isNull();
        seen.settled("sha-a", null, "copy-of-a.txt");
        seen.forgetSettled(refreshes::incrementAndGet);
        assertThat(refreshes).hasValue(0);
        assertThat(seen.content("sha-a", "late-copy.txt")).isEqualTo("a.txt");

        assertThat(seen.content("sha-c", "c.txt")).isNull();
        seen.settled("sha-c", null, "c.txt");
        seen.forgetSettled(refreshes::incrementAndGet);
        assertThat(refreshes).hasValue(1);
        assertThat(seen.content("sha-a", "later-copy.txt")).as("a.txt settled: the ledger answers for it now").isNull();
        assertThat(seen.content("sha-b", "copy-of-b.txt")).as("b.txt not settled yet").isEqualTo("b.txt");
    }

    @Test
    void memoryStaysBoundedOverAnyNumberOfSettledFiles() {
        SeenInJob seen = new SeenInJob(1_000);
        int most = 0;
        for (int i = 0; i < 100_000; i++) {
            seen.content("sha-" + i, "f" + i);
            seen.letter("CM-" + i, "f" + i);
            seen.settled("sha-" + i, "CM-" + i, "f" + i);
            seen.forgetSettled(() -> { });
            most = Math.max(most, seen.size());
        }
        assertThat(most).isLessThanOrEqualTo(2 * 1_000);
    }

    @Test
    void aFailedRefreshForgetsNothing() {
        SeenInJob seen = new SeenInJob(1);
        seen.content("sha-a", "a.txt");
        seen.settled("sha-a", null, "a.txt");
        assertThatThrownBy(() -> seen.forgetSettled(() -> {
            throw new IllegalStateException("Elasticsearch is away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(seen.content("sha-a", "copy.txt")).isEqualTo("a.txt");

        seen.forgetSettled(() -> { });
        assertThat(seen.content("sha-a", "copy.txt")).isNull();
    }
}
