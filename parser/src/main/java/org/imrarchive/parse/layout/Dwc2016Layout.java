package org.imrarchive.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrarchive.letter.LetterFormat;
import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.normalize.Dates;
import org.imrarchive.parse.read.BlockReader;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.read.DecisionHeads;
import org.imrarchive.parse.read.Header;
import org.imrarchive.parse.read.HeaderFields.Field;
import org.imrarchive.parse.read.ReviewerReader;
import org.imrarchive.parse.text.SectionedLetter;

/**
 * The DWC letters of 2016-17 as published: the 2013 sections, with a two-column header whose labels wrap
 * ("Application" / "Received:" on two lines), the reviewer's credentials block, decision heads that wrap or put the
 * outcome on the next line, and partial authorisations written as a paragraph.
 */
public final class Dwc2016Layout implements LetterLayout {

    private static final List<LayoutMarker> MARKERS;

    static {
        List<LayoutMarker> m = new ArrayList<>(DwcLayout.MARKERS);
        // what the 2016 letters print beyond the 2013 ones: it tips the balance, so ties stay 2013
        m.add(LayoutMarker.of("credentials", "(?i)The\\s+Expert\\s+Reviewer\\s+has\\s+the\\s+following\\s+credentials\\s*:", 5));
        MARKERS = List.copyOf(m);
    }

    private static final String DATE = "(" + Dates.DATE_REGEX + ")";
    /** "Application 01/18/2017\nReceived:" or "Application\nReceived: 01/18/2017": the label wraps, the date sits on either line. */
    private static final Pattern APPLICATION_RECEIVED = Pattern.compile(
            "(?i)\\bApplication[ \\t]*(?:" + DATE + ")?[ \\t]*\\n[ \\t]*Received[ \\t]*:[ \\t]*(?:" + DATE + ")?");

    private final ReviewerReader reviewers;

    public Dwc2016Layout(ReviewerReader reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public LetterFormat format() {
        return LetterFormat.DWC_IMR_2016;
    }

    @Override
    public List<LayoutMarker> markers() {
        return MARKERS;
    }

    @Override
    public Header header(SectionedLetter doc) {
        Header header = Header.of(doc);
        String top = doc.text().substring(0, doc.firstHeadingStart());
        Matcher m = APPLICATION_RECEIVED.matcher(top);
        if (m.find()) {
            String date = m.group(1) != null ? m.group(1) : m.group(2);
            if (date != null) {
                header = header.with(Field.RECEIVED, date);
            }
        }
        return header;
    }

    @Override
    public Reviewer reviewer(SectionedLetter doc, Header header, List<String> warnings) {
        return reviewers.readCredentials(doc, header, warnings);
    }

    @Override
    public DecisionBlocks decisions(SectionedLetter doc) {
        SectionBlocks.Section section = SectionBlocks.section(doc);
        List<DecisionHeads.Head> heads = DecisionHeads.find(section.lines());
        if (heads.isEmpty()) {
            return SectionBlocks.read(doc);
        }
        List<DecisionBlock> out = new ArrayList<>();
        for (DecisionHeads.Head h : heads) {
            out.add(BlockReader.read(h.block(), section.lines()).withRequest(h.originalRequest(), h.authorizedPortion()));
        }
        return new DecisionBlocks(out, heads.get(0).block().start(), section.headed());
    }
}
