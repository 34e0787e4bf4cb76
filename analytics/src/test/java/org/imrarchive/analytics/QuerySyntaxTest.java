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
}
