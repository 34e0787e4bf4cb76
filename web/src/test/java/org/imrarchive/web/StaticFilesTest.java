package org.imrarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI ships whole in the jar and never turns data into HTML. These checks read the files as the
 * server will serve them from the classpath (behaviour in a browser is tested by the e2e module).
 */
class StaticFilesTest {

    private static final Path ROOT = Path.of("src/main/resources/web");

    @Test
    void theEntryPageAndItsAssetsAreOnTheClasspath() throws IOException {
        for (String file : List.of("web/index.html", "web/app.css", "web/js/main.js", "web/js/api.js", "web/favicon.svg")) {
            URL url = getClass().getClassLoader().getResource(file);
            assertThat(url).as(file).isNotNull();
            try (InputStream in = url.openStream()) {
                assertThat(in.readAllBytes()).as(file).isNotEmpty();
            }
        }
    }

    @Test
    void nothingIsFetchedFromAnotherOrigin() throws IOException {
        // Links a person may follow are fine; what the page loads (src, href of link/script, url(), import) is not.
        Pattern remoteLoad = Pattern.compile("(src\\s*=\\s*[\"']\\s*(https?:)?//|<link[^>]+href\\s*=\\s*[\"']\\s*(https?:)?//"
                + "|url\\(\\s*[\"']?\\s*(https?:)?//|@import|from\\s+[\"'](https?:)?//|import\\(\\s*[\"'](https?:)?//)",
                Pattern.CASE_INSENSITIVE);
        for (Path file : files()) {
            assertThat(remoteLoad.matcher(read(file)).find()).as("remote resource in " + file).isFalse();
        }
    }

    @Test
    void scriptsNeverParseDataAsHtml() throws IOException {
        Pattern htmlSinks = Pattern.compile("\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|createContextualFragment|DOMParser");
        for (Path file : scripts()) {
            Matcher m = htmlSinks.matcher(withoutComments(read(file)));
            assertThat(m.find()).as("HTML sink in " + file + (m.hitEnd() ? "" : ": " + safeGroup(m))).isFalse();
        }
    }

    @Test
    void everyModuleImportResolvesToAShippedFile() throws IOException {
        Pattern importFrom = Pattern.compile("from\\s+'(\\.{1,2}/[^']+)'");
        for (Path file : scripts()) {
            Matcher m = importFrom.matcher(read(file));
            while (m.find()) {
                Path target = file.getParent().resolve(m.group(1)).normalize();
                assertThat(target).as("import in " + file).exists();
            }
        }
    }

    @Test
    void theEntryPageHasNoInlineScriptOrStyleSoAStrictContentSecurityPolicyHolds() throws IOException {
        String html = read(ROOT.resolve("index.html"));
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContain("<style").doesNotContainPattern("\\son[a-z]+=\"").doesNotContain(" style=\"");
    }

    private static String safeGroup(Matcher m) {
        try {
            return m.group();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private static String withoutComments(String js) {
        return js.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> scripts() throws IOException {
        return files().stream().filter(p -> p.toString().endsWith(".js")).toList();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
