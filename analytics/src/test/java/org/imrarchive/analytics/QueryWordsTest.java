package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void countsWordsAndPrefixesButNotOperators() {
        assertThat(QueryWords.of("lumbar OR cervical discogram NOT fusion")).isEqualTo(new QueryWords(4, 0, 0));
        assertThat(QueryWords.of("\"epidural steroid\" lum* cerv*")).isEqualTo(new QueryWords(4, 2, 3));
        assertThat(QueryWords.of(null)).isEqualTo(new QueryWords(0, 0, 0));
        assertThat(QueryWords.of("  ")).isEqualTo(new QueryWords(0, 0, 0));
    }
}
