package org.imrarchive.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

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
