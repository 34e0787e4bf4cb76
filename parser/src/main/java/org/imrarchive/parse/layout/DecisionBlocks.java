package org.imrarchive.parse.layout;

import java.util.List;

import org.imrarchive.parse.read.DecisionBlock;

/**
 * The decision blocks a layout found: the items, where the first block starts (the summary ends there at the
 * latest; -1 when none), and whether the decisions section's heading was there.
 */
public record DecisionBlocks(List<DecisionBlock> decisions, int firstBlockStart, boolean sectionFound) {
    public DecisionBlocks {
        decisions = List.copyOf(decisions);
    }
}
