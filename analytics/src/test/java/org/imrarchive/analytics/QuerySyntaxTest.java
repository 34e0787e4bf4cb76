package org.imrarchive.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void typedOperatorsBecomeSimpleQueryStringOperatorsOutsidePhrases() {
        assertThat(QuerySyntax.toSimpleQueryString("norco OR hydrocodone")).isEqualTo("norco | hydrocodone");
        assertThat(QuerySyntax.toSimpleQueryString("(mri OR ct) AND lumbar")).isEqualTo("(mri | ct) + lumbar");
        assertThat(QuerySyntax.toSimpleQueryString("discogram NOT cervical")).isEqualTo("discogram -cervical");
        assertThat(QuerySyntax.toSimpleQueryString("\"failed OR not\" ORTHO")).isEqualTo("\"failed OR not\" ORTHO");
        assertThat(QuerySyntax.toSimpleQueryString("escaped \\\" quote")).isEqualTo("escaped \\\" quote");
    }

    @Test
    void unbalancedQuotesAndBracketsAreErrors() {
        for (String bad : List.of("\"lumbar", "(lumbar", "lumbar)", "((a) b", "a \"b\" \"c")) {
            assertThatThrownBy(() -> QuerySyntax.toSimpleQueryString(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("q has");
        }
        assertThat(QuerySyntax.toSimpleQueryString("\"(not a group\" x")).isEqualTo("\"(not a group\" x");
        assertThatThrownBy(() -> QuerySyntax.toSimpleQueryString("x".repeat(1001)))
                .hasMessage("q is too long: at most 1000 characters");
    }

    @Test
    void wordsAndPrefixesAreCountedAndCapped() {
        String thirtyTwo = String.join(" OR ", java.util.Collections.nCopies(32, "pt"));
        assertThat(QuerySyntax.toSimpleQueryString(thirtyTwo)).startsWith("pt | pt");
        assertThatThrownBy(() -> QuerySyntax.toSimpleQueryString(thirtyTwo + " ncv"))
                .hasMessage("q has 33 words; at most 32");
        assertThat(QuerySyntax.toSimpleQueryString("lum* kne* phy* cer*")).isEqualTo("lum* kne* phy* cer*");
        assertThatThrownBy(() -> QuerySyntax.toSimpleQueryString("lum* kne* phy* cer* sho*"))
                .hasMessage("q has 5 prefix searches (word*); at most 4");
        assertThatThrownBy(() -> QuerySyntax.toSimpleQueryString("knee l*"))
                .hasMessage("q: a prefix search needs at least 3 letters before '*', not 'l*'");
        assertThat(QuerySyntax.toSimpleQueryString("*")).isEqualTo("*");
    }

    @Test
    void fuzzyAndSloppyOperatorsAreNotOffered() {
        assertThat(QuerySyntax.FLAGS).doesNotContain(
                co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag.Fuzzy,
                co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag.Slop,
                co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag.Near,
                co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag.All);
    }
}
