package org.imrarchive.parse;

import org.imrarchive.letter.Letter;

/** What parsing a text gives: a letter (possibly with warnings), or a rejection with its reason. */
public sealed interface ParseResult {

    record Parsed(Letter letter) implements ParseResult {
    }

    record Rejected(String reason) implements ParseResult {
    }
}
