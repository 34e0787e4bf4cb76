package org.imrarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private final TextExtractor extractor = new TextExtractor();

    private String textOf(String fileName, byte[] bytes) {
        Extraction result = extractor.extract(fileName, bytes);
        assertThat(result).isInstanceOf(Extraction.Text.class);
        Extraction.Text text = (Extraction.Text) result;
        assertThat(text.mediaType()).isEqualTo("text/html");
        return text.text();
    }

    @Test
    void blocksBecomeLinesScriptsAndStylesAreDroppedEntitiesDecoded() {
        String html = """
                <!DOCTYPE html>
                <html><head><title>IMR letter</title>
                <style>p { color: red; }</style>
                <script>var secret = "do not index";</script></head>
                <body>
                  <h1>Final Determination Letter</h1>
                  <p>Dear Mr.&nbsp;Doe:</p>
                  <p>The reviewer&#8217;s finding for <b>Jos&eacute;</b>
                     Garc&iacute;a &amp; family:<br>not medically necessary.</p>
                  <div>Treatments:<ul><li>Physical therapy</li><li>MRI &lt;lumbar&gt;</li></ul></div>
                  <table><tr><th>Case</th><td>CM23-0012345</td></tr><tr><th>Decision</th><td>Upheld</td></tr></table>
                  <script>document.write("tracking")</script>
                </body></html>
                """;

        String text = textOf("letter.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text).isEqualTo("""
                Final Determination Letter
                Dear Mr. Doe:
                The reviewer\u2019s finding for José García & family:
                not medically necessary.
                Treatments:
                Physical therapy
                MRI <lumbar>
                Case\tCM23-0012345
                Decision\tUpheld
                """);
        assertThat(text).doesNotContain("secret", "color", "tracking", "IMR letter", "\u00A0");
    }

    @Test
    void htmlIsDetectedByContentEvenWithATextExtension() {
        byte[] html = "  <html><body><p>First</p><p>Second</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(textOf("letter.txt", html)).isEqualTo("First\nSecond\n");
    }

    @Test
    void htmlFragmentIsParsedAsHtmlWhenTheExtensionSaysSo() {
        byte[] fragment = "<p>Case Number: CM23-1</p><p>Decision: Overturned</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(textOf("LETTER.HTM", fragment)).isEqualTo("Case Number: CM23-1\nDecision: Overturned\n");
    }

    @Test
    void preformattedTextKeepsItsLayout() {
        byte[] html = "<html><body><pre>Name:    Doe\n  Date:  01/02/2024</pre></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(textOf("a.html", html)).isEqualTo("Name:    Doe\n  Date:  01/02/2024\n");
    }

    @Test
    void windows1252PageIsDecodedAndDeclaredCharsetHonoured() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] undeclared = "<html><body><p>caf\u00e9 \u201cquoted\u201d</p></body></html>".getBytes(cp1252);
        byte[] declared = ("<html><head><meta charset=\"ISO-8859-15\"></head>"
                + "<body><p>price 5\u20ac</p></body></html>").getBytes(Charset.forName("ISO-8859-15"));

        assertThat(textOf("a.html", undeclared)).isEqualTo("caf\u00e9 \u201cquoted\u201d\n");
        assertThat(textOf("b.html", declared)).isEqualTo("price 5\u20ac\n");
    }

    @Test
    void htmlWithNothingVisibleIsRejected() {
        byte[] html = "<html><head><script>x()</script></head><body> </body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(extractor.extract("a.html", html)).isEqualTo(new Extraction.Rejected("HTML has no visible text"));
    }
}
