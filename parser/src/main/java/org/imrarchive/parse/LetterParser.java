package org.imrarchive.parse;

import org.imrarchive.letter.SourceInfo;

/**
 * Text in, letter out. Pure: no I/O, no clocks except an injected "today" for two-digit years,
 * and never throws on bad input (garbage gives a {@link ParseResult.Rejected}).
 */
public final class LetterParser {

    public ParseResult parse(String text, SourceInfo source) {
        // Placeholder until the format parsers land.
        return new ParseResult.Rejected("not implemented");
    }
}
