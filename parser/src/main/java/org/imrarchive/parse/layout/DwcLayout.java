package org.imrarchive.parse.layout;

import java.util.List;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.text.SectionedLetter;

/** 2013 DWC/MAXIMUS letters: "HOW THE IMR FINAL DETERMINATION WAS MADE", items as "Item: Upheld" lines. */
public final class DwcLayout implements LetterLayout {

    static final List<LayoutMarker> MARKERS = List.of(
            LayoutMarker.of("issues", "(?i)IMR\\s+ISSUES,?\\s+DECISIONS,?\\s+AND\\s+RATIONALES?", 6),
            LayoutMarker.of("made", "(?i)HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION\\s+WAS\\s+MADE", 3),
            LayoutMarker.of("maximus", "(?im)^\\s*MAXIMUS\\s+guidelines?\\s*:", 3),
            LayoutMarker.of("administrator", "(?im)^\\s*Claims\\s+Administrator\\s+guidelines?\\s*:", 2),
            LayoutMarker.of("upheld|overturned", "(?m):\\s*(?:Upheld|Overturned|UPHELD|OVERTURNED)\\s*$", 2),
            LayoutMarker.of("based", "(?i)The\\s+Final\\s+Determination\\s+was\\s+based\\s+on\\s+decisions", 2));

    private final ReviewerReader reviewers;

    public DwcLayout(ReviewerReader reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public LetterFormat format() {
        return LetterFormat.DWC_IMR_2013;
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
