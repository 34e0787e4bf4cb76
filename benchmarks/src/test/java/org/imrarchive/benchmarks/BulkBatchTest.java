package org.imrarchive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The raw _bulk baseline cuts its NDJSON only between documents (action line + source line). No benchmark runs here. */
class BulkBatchTest {

    @Test
    void aBatchEndsAfterAWholeDocumentOnceItReachesTheLimit() {
        String ndjson = "{\"index\":{}}\n{\"a\":1}\n{\"index\":{}}\n{\"b\":2}\n{\"index\":{}}\n{\"c\":3}\n";
        byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
        int cut = ImportBenchmark.cutPoint(bytes, bytes.length, 15);
        assertThat(new String(bytes, 0, cut, StandardCharsets.UTF_8)).isEqualTo("{\"index\":{}}\n{\"a\":1}\n");
        cut = ImportBenchmark.cutPoint(bytes, bytes.length, 30);
        assertThat(new String(bytes, 0, cut, StandardCharsets.UTF_8)).endsWith("{\"b\":2}\n");
    }

    @Test
    void withoutAWholeDocumentPastTheLimitTheBatchIsEveryWholeDocument() {
        byte[] bytes = "{\"index\":{}}\n{\"a\":1}\n{\"index\":{}}\n{\"b\"".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportBenchmark.cutPoint(bytes, bytes.length, 1_000)).isEqualTo("{\"index\":{}}\n{\"a\":1}\n".length());
    }
}
