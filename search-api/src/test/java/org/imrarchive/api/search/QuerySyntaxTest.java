package org.imrarchive.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imrarchive.api.ApiProblem;
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
                    .isInstanceOf(ApiProblem.class)
                    .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(400));
        }
        assertThat(QuerySyntax.toSimpleQueryString("\"(not a group\" x")).isEqualTo("\"(not a group\" x");
    }

    @Test
    void highlightFragmentsBecomeSegments() {
        List<HighlightSegment> segments = Highlights.segments(
                "Lumbar " + Highlights.START + "discogram" + Highlights.END + " <b>L4-5</b> " + Highlights.START + "x");
        assertThat(segments).containsExactly(
                new HighlightSegment("Lumbar ", false),
                new HighlightSegment("discogram", true),
                new HighlightSegment(" <b>L4-5</b> ", false),
                new HighlightSegment("x", true));
    }
}
