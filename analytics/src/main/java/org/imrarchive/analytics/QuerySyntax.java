package org.imrarchive.analytics;

import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search box's syntax: Elasticsearch's simple_query_string ("phrase", -exclusion, a | b, (groups),
 * prefix*) plus the words OR, AND and NOT that people type. simple_query_string never reports an
 * error, it silently reads an unclosed quote or bracket some other way; so this checks the text first
 * and answers a mistake with a message instead of surprising results. Search and the statistics
 * read {@code q} through this one class, so the same words select the same decisions in both.
 *
 * <p>The cost of a text query is bounded here, before it reaches Elasticsearch: every word expands
 * through the medical synonyms, and a prefix expands to every indexed word it starts, so the number of
 * words and prefixes, and a prefix's shortest length, are capped. {@link #FLAGS} leaves out fuzzy
 * ({@code word~2}) and sloppy phrases ({@code "a b"~3}): a fuzzy word expands to up to 50 others, and a
 * sloppy phrase of synonym-rich words becomes one phrase per combination of their synonyms (eight
 * abbreviations asked for more than Elasticsearch's 16,384 clauses). A {@code ~} is then plain text.
 */
final class QuerySyntax {

    static final int MAX_LENGTH = 1000;

    /** Words one query may hold: a search box question has a few; 32 already make a paragraph. */
    static final int MAX_WORDS = 32;

    static final int MAX_PREFIXES = 4;

    /** Letters before a '*': "lu*" reads a few hundred indexed words, "l*" thousands. */
    static final int MIN_PREFIX_LENGTH = 3;

    /** The operators of simple_query_string the search box offers (no FUZZY, NEAR or SLOP, see above). */
    static final List<SimpleQueryStringFlag> FLAGS = List.of(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or,
            SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Escape, SimpleQueryStringFlag.Whitespace);

    /** The first prefix too short to search: named in the message. */
    private static final Pattern SHORT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]{1,"
            + (MIN_PREFIX_LENGTH - 1) + "}\\*");

    private QuerySyntax() {
    }

    /**
     * Checks {@code q} and returns it in simple_query_string form.
     *
     * @throws IllegalArgumentException with a message fit for the user on a syntax error
     */
    static String toSimpleQueryString(String q) {
        if (q.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("q is too long: at most " + MAX_LENGTH + " characters");
        }
        check(q);
        checkCost(q);
        return translateOperators(q);
    }

    static void checkCost(String q) {
        QueryWords counted = QueryWords.of(q);
        if (counted.prefixes() > 0 && counted.shortestPrefix() < MIN_PREFIX_LENGTH) {
            Matcher m = SHORT_PREFIX.matcher(q);
            String word = m.find() ? m.group() : "*";
            throw new IllegalArgumentException("q: a prefix search needs at least " + MIN_PREFIX_LENGTH
                    + " letters before '*', not '" + word + "'");
        }
        if (counted.words() > MAX_WORDS) {
            throw new IllegalArgumentException("q has " + counted.words() + " words; at most " + MAX_WORDS);
        }
        if (counted.prefixes() > MAX_PREFIXES) {
            throw new IllegalArgumentException("q has " + counted.prefixes() + " prefix searches (word*); at most "
                    + MAX_PREFIXES);
        }
    }

    static void check(String q) {
        int depth = 0;
        int lastOpen = -1;
        int quoteAt = -1;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is literal
                continue;
            }
            if (quoteAt >= 0) {
                if (c == '"') {
                    quoteAt = -1;
                }
                continue;
            }
            switch (c) {
                case '"' -> quoteAt = i;
                case '(' -> {
                    depth++;
                    lastOpen = i;
                }
                case ')' -> {
                    if (depth == 0) {
                        throw new IllegalArgumentException("q has a ')' without a matching '(' at position " + (i + 1));
                    }
                    depth--;
                }
                default -> { }
            }
        }
        if (quoteAt >= 0) {
            throw new IllegalArgumentException("q has an unclosed quote: the phrase starting at position " + (quoteAt + 1)
                    + " needs a closing \"");
        }
        if (depth > 0) {
            throw new IllegalArgumentException("q has a '(' without a matching ')' (last opened at position " + (lastOpen + 1) + ")");
        }
    }

    /** Outside phrases: OR becomes |, AND becomes +, NOT x becomes -x. */
    static String translateOperators(String q) {
        StringBuilder out = new StringBuilder(q.length());
        StringBuilder plain = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                (inQuote ? out : plain).append(c).append(q.charAt(++i));
                continue;
            }
            if (c == '"') {
                if (!inQuote) {
                    out.append(operators(plain.toString()));
                    plain.setLength(0);
                }
                out.append(c);
                inQuote = !inQuote;
                continue;
            }
            (inQuote ? out : plain).append(c);
        }
        out.append(operators(plain.toString()));
        return out.toString();
    }

    private static String operators(String text) {
        return text
                .replaceAll("(?<=^|[\\s(])OR(?=[\\s)]|$)", "|")
                .replaceAll("(?<=^|[\\s(])AND(?=[\\s)]|$)", "+")
                .replaceAll("(?<=^|[\\s(])NOT\\s+", "-");
    }
}
