package org.imrarchive.parse.layout;

import java.util.List;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.text.SectionedLetter;

/**
 * One way a determination letter is laid out: how to tell it, and where it puts the header fields, the reviewer
 * and the decisions. Implementations are immutable and thread-safe.
 */
public interface LetterLayout {

    /** The format letters of this layout are recorded as. */
    LetterFormat format();

    /** What this layout prints; the layout whose markers weigh most is the letter's. */
    List<LayoutMarker> markers();

    /** The labelled header fields. */
    default Header header(SectionedLetter doc) {
        return Header.of(doc);
    }

    /** The expert reviewer; fields it cannot fill with confidence are added to {@code warnings}. */
    Reviewer reviewer(SectionedLetter doc, Header header, List<String> warnings);

    /** The disputed items and their blocks. */
    DecisionBlocks decisions(SectionedLetter doc);
}
