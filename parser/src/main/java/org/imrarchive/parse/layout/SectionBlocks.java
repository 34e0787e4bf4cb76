package org.imrarchive.parse.layout;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.parse.read.BlockFinder;
import org.imrarchive.parse.read.BlockFinder.Block;
import org.imrarchive.parse.read.BlockFinder.Line;
import org.imrarchive.parse.read.BlockReader;
import org.imrarchive.parse.read.DecisionBlock;
import org.imrarchive.parse.text.Doc;

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

    static Section section(Doc doc) {
        Doc.Mark section = doc.first(Doc.Heading.DECISIONS);
        String text = doc.text();
        if (section != null) {
            return new Section(BlockFinder.lines(text, section.bodyStart(), sectionEnd(doc, section)), true);
        }
        // no heading (a missing page, or a variant): look after the summary, or anywhere
        Doc.Mark summary = doc.first(Doc.Heading.SUMMARY);
        return new Section(BlockFinder.lines(text, summary != null ? summary.bodyStart() : 0, text.length()), false);
    }

    static DecisionBlocks read(Doc doc) {
        Doc.Mark section = doc.first(Doc.Heading.DECISIONS);
        String text = doc.text();
        int from;
        int to;
        if (section != null) {
            from = section.bodyStart();
            to = sectionEnd(doc, section);
        } else {
            // no heading (a missing page, or a variant): look after the summary, or anywhere
            Doc.Mark summary = doc.first(Doc.Heading.SUMMARY);
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
    private static int sectionEnd(Doc doc, Doc.Mark section) {
        for (Doc.Mark m : doc.marks()) {
            if (m.start() <= section.start()) {
                continue;
            }
            if (m.heading() == Doc.Heading.CLOSING || m.heading() == Doc.Heading.DECISIONS || m.heading() == Doc.Heading.SUMMARY
                    || m.heading() == Doc.Heading.DOCUMENTS || m.heading() == Doc.Heading.HOW_MADE) {
                return m.start();
            }
        }
        return doc.text().length();
    }
}
