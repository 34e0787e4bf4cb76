package org.imrarchive.extract;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Visible text of an HTML page with its block structure kept as line breaks, so headings, paragraphs, list items
 * and table rows each start on their own line. Table cells in a row are separated by a tab. Whitespace inside
 * text is collapsed as a browser would (except in {@code <pre>}); no-break spaces become plain spaces so that a
 * parser's {@code \s} matches them. Script, style and similar invisible content is dropped.
 */
final class HtmlText {

    private static final Set<String> SKIP = Set.of(
            "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "math");

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "tfoot", "thead", "tr", "ul");

    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        Builder out = new Builder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (insidePre(t)) {
                        out.raw(t.getWholeText());
                    } else {
                        out.inline(t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (SKIP.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name.equals("br")) {
                        out.lineBreak();
                    } else if (BLOCKS.contains(name)) {
                        out.endLine();
                    } else if (CELLS.contains(name)) {
                        out.cell();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.endLine();
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return out.finish();
    }

    private static boolean insidePre(TextNode t) {
        for (Node n = t.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("textarea"))) {
                return true;
            }
        }
        return false;
    }

    /** Accumulates text, tracking line starts so whitespace is collapsed and blank lines stay single. */
    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();

        /** Text from the flow: runs of HTML whitespace become one space; none at a line start or doubled. */
        void inline(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (!atLineStart() && !endsWith(' ') && !endsWith('\t')) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        /** Preformatted text: as is. */
        void raw(String text) {
            sb.append(text.replace('\u00A0', ' '));
        }

        /** {@code <br>}: always a new line, so {@code <br><br>} leaves a blank line. */
        void lineBreak() {
            trimTrailingBlanks();
            sb.append('\n');
        }

        /** Block boundary: a new line unless already at one. */
        void endLine() {
            trimTrailingBlanks();
            if (!atLineStart()) {
                sb.append('\n');
            }
        }

        /** Table cell: a tab between it and the previous cell of the row. */
        void cell() {
            trimTrailingSpaces();
            if (!atLineStart()) {
                sb.append('\t');
            }
        }

        String finish() {
            trimTrailingBlanks();
            // At most one blank line in a row, and none at either end.
            String s = sb.toString().replaceAll("\n{3,}", "\n\n");
            int start = 0;
            while (start < s.length() && s.charAt(start) == '\n') {
                start++;
            }
            int end = s.length();
            while (end > start && s.charAt(end - 1) == '\n') {
                end--;
            }
            return s.substring(start, end) + (end > start ? "\n" : "");
        }

        private boolean atLineStart() {
            return sb.length() == 0 || endsWith('\n');
        }

        private boolean endsWith(char c) {
            return sb.length() > 0 && sb.charAt(sb.length() - 1) == c;
        }

        private void trimTrailingSpaces() {
            while (endsWith(' ')) {
                sb.setLength(sb.length() - 1);
            }
        }

        /** Spaces and the tabs of trailing empty cells, at a line's end. */
        private void trimTrailingBlanks() {
            while (endsWith(' ') || endsWith('\t')) {
                sb.setLength(sb.length() - 1);
            }
        }
    }
}
