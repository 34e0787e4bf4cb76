package org.imrarchive.parse.layout;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.parse.read.BlockFinder;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.imrarchive.parse.read.BlockReader;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.text.SectionedLetter;

/**
 * The decisions of letters with a decisions section of item blocks (DWC and MAXIMUS layouts): blocks headed by
 * "Item: Upheld" lines, else numbered paragraphs, else field labels, else the whole section as one block.
 */
final class SectionBlocks {

    private SectionBlocks() {
    }

    /** The lines the decision blocks are looked for in, and whether the decisions heading was there. */
    record Section(List<Line> lines, boolean headed) {
    }

    static Section section(SectionedLetter doc) {
        SectionedLetter.Mark section = doc.first(SectionedLetter.Heading.DECISIONS);
        String text = doc.text();
        if (section != null) {
            return new Section(BlockFinder.lines(text, section.bodyStart(), sectionEnd(doc, section)), true);
        }
        // no heading (a missing page, or a variant): look after the summary, or anywhere
        SectionedLetter.Mark summary = doc.first(SectionedLetter.Heading.SUMMARY);
        return new Section(BlockFinder.lines(text, summary != null ? summary.bodyStart() : 0, text.length()), false);
    }

    static DecisionBlocks read(SectionedLetter doc) {
        SectionedLetter.Mark section = doc.first(SectionedLetter.Heading.DECISIONS);
        String text = doc.text();
        int from;
        int to;
        if (section != null) {
            from = section.bodyStart();
            to = sectionEnd(doc, section);
        } else {
            // no heading (a missing page, or a variant): look after the summary, or anywhere
            SectionedLetter.Mark summary = doc.first(SectionedLetter.Heading.SUMMARY);
            from = summary != null ? summary.bodyStart() : 0;
            to = text.length();
        }
        List<Line> lines = BlockFinder.lines(text, from, to);
        List<Block> blocks = BlockFinder.labelBlocks(lines);
        if (blocks.isEmpty()) {
            blocks = BlockFinder.numberedBlocks(lines, head -> false);
        }
        if (blocks.isEmpty() && section == null) {
            blocks = BlockFinder.fieldBlocks(lines);
        }
        if (blocks.isEmpty() && section != null) {
            blocks = BlockFinder.singleBlock(lines);
        }
        List<DecisionBlock> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(BlockReader.read(b, lines));
        }
        return new DecisionBlocks(out, blocks.isEmpty() ? -1 : blocks.get(0).start(), section != null);
    }

    /** The decisions section ends at the closing or at a later major heading. */
    private static int sectionEnd(SectionedLetter doc, SectionedLetter.Mark section) {
        for (SectionedLetter.Mark m : doc.marks()) {
            if (m.start() <= section.start()) {
                continue;
            }
            if (m.heading() == SectionedLetter.Heading.CLOSING || m.heading() == SectionedLetter.Heading.DECISIONS || m.heading() == SectionedLetter.Heading.SUMMARY
                    || m.heading() == SectionedLetter.Heading.DOCUMENTS || m.heading() == SectionedLetter.Heading.HOW_MADE) {
                return m.start();
            }
        }
        return doc.text().length();
    }
}
