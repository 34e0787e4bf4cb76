package org.imrarchive.analytics;

/**
 * The search box's syntax: Elasticsearch's simple_query_string ("phrase", -exclusion, a | b, (groups),
 * prefix*) plus the words OR, AND and NOT that people type. simple_query_string never reports an
 * error, it silently reads an unclosed quote or bracket some other way; so this checks the text first
 * and answers a mistake with a message instead of surprising results. Search and the statistics
 * read {@code q} through this one class, so the same words select the same decisions in both.
 */
final class QuerySyntax {

    static final int MAX_LENGTH = 1000;

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
        return translateOperators(q);
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
