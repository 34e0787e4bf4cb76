package org.imrarchive.parse.layout;

import java.util.List;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.text.SectionedLetter;

/** 2014-2015 "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" letters: numbered decision paragraphs. */
public final class MaximusLayout implements LetterLayout {

    private static final List<LayoutMarker> MARKERS = List.of(
            LayoutMarker.of("decision(s)", "(?i)IMR\\s+DECISION\\(S\\)\\s+AND\\s+RATIONALE\\(S\\)", 7),
            LayoutMarker.of("federal", "(?i)MAXIMUS\\s+FEDERAL\\s+SERVICES,?\\s+INC\\.?\\s*\\n?\\s*Independent\\s+Medical\\s+Review", 2),
            LayoutMarker.of("reviewed", "(?m)^\\s*DOCUMENTS\\s+REVIEWED\\s*:?\\s*$", 2),
            LayoutMarker.of("appropriate", "(?im)^\\s*\\d{1,2}[.)]\\s+[^\\n]{2,300}?\\bis\\s+(?:not\\s+)?medically\\s+necessary\\s+and\\s+appropriate", 1));

    private final ReviewerReader reviewers;

    public MaximusLayout(ReviewerReader reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public LetterFormat format() {
        return LetterFormat.MAXIMUS_IMR_2014;
    }

    @Override
    public List<LayoutMarker> markers() {
        return MARKERS;
    }

    @Override
    public Reviewer reviewer(SectionedLetter doc, Header header, List<String> warnings) {
        return reviewers.read(doc, header, warnings);
    }

    @Override
    public DecisionBlocks decisions(SectionedLetter doc) {
        return SectionBlocks.read(doc);
    }
}
