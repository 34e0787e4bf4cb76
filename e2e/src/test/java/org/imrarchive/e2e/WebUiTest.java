package org.imrarchive.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reviewer and an analyst do in the browser, checked as they would see it, with a screenshot
 * of each page in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest {

    private ArchiveServer archive;
    private Browser browser;

    @BeforeAll
    void start() {
        // A prefix of its own per run: the test cluster's data folder outlives a run (target/test-es), and
        // TestCluster.freshArchive did not empty a reused prefix here (see the report), so counts known by
        // construction would drift with every run.
        archive = ArchiveServer.start("e2e-web-" + Long.toString(System.currentTimeMillis(), 36));
        browser = new Browser(archive.baseUrl());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @AfterEach
    void noScriptErrors(TestInfo test) {
        assertThat(browser.scriptErrors()).as("browser console errors during " + test.getDisplayName()).isEmpty();
        browser.resize(1280, 900);
    }

    @Test
    @Order(1)
    void searchShowsResultCardsWithOutcomeAndHighlightedSnippets() {
        browser.open("#/search");
        WebElement box = browser.await(ExpectedConditions.elementToBeClickable(By.id("q")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), FixtureCorpus.DECISIONS + " decisions"));
        assertThat(browser.visibleText()).contains("exact phrase", "exclude", "either term");

        box.sendKeys("discogram", Keys.ENTER);
        browser.await(d -> browser.currentUrl().contains("q=discogram"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "decisions for"));

        List<WebElement> cards = browser.all(".decision-card");
        assertThat(cards).hasSizeGreaterThanOrEqualTo(FixtureCorpus.DISCOGRAM_DECISIONS);
        assertThat(cards.get(0).findElement(By.cssSelector(".card-title")).getText()).containsIgnoringCase("discogram");
        assertThat(cards.get(0).findElement(By.cssSelector(".badge")).getText()).isIn("UPHELD", "OVERTURNED");
        assertThat(browser.all(".decision-card mark")).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("discogram"));
        assertThat(browser.visibleText()).contains("Physical Medicine and Rehabilitation", "MTUS ACOEM Ch. 12 Low Back Complaints");
        // Facets with counts for every dimension the archive has values for.
        assertThat(browser.all("fieldset.facet legend")).extracting(WebElement::getText)
                .contains("OUTCOME", "PROCEDURE", "CATEGORY", "BODY REGION", "GUIDELINE", "REVIEWER SPECIALTY", "SOURCE", "YEAR");
        browser.screenshot("search");
    }

    @Test
    @Order(2)
    void clickingAFacetFiltersTheResultsAndTheUrlKeepsTheFilter() {
        browser.open("#/search?q=discogram");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "decisions for"));
        int before = resultCount();
        WebElement upheld = browser.await(ExpectedConditions.elementToBeClickable(By.id("f-outcome-UPHELD")));
        String upheldCount = browser.find("label[for='f-outcome-UPHELD'] .facet-n").getText();

        upheld.click();
        browser.await(d -> browser.currentUrl().contains("outcome=UPHELD"));
        browser.await(d -> resultCount() != before);

        assertThat(resultCount()).isEqualTo(Integer.parseInt(upheldCount)).isLessThan(before);
        assertThat(browser.all(".decision-card .card-head .badge")).extracting(WebElement::getText).containsOnly("UPHELD");
        assertThat(browser.find("#f-outcome-UPHELD").isSelected()).isTrue();
        assertThat(browser.all(".chip-remove")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Outcome: Upheld"));
        browser.screenshot("search-filtered");

        // The URL is the whole state: opening it afresh shows the same filtered search.
        String bookmark = browser.currentUrl();
        browser.open("#/import");
        browser.driver().get(bookmark);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "decisions for"));
        assertThat(resultCount()).isEqualTo(Integer.parseInt(upheldCount));
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("discogram");
        assertThat(browser.find("#f-outcome-UPHELD").isSelected()).isTrue();
    }

    @Test
    @Order(3)
    void theSlashKeyFocusesSearchAndAQuerySyntaxErrorShowsTheApisMessage() {
        browser.open("#/analytics");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page-head h1")));
        browser.find("body").sendKeys("/");
        browser.await(d -> "q".equals(d.switchTo().activeElement().getDomAttribute("id")));

        browser.driver().switchTo().activeElement().sendKeys("\"lumbar discogram", Keys.ENTER);
        WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state-error")));
        assertThat(error.getText()).contains("could not be read").containsIgnoringCase("quote");
        browser.screenshot("search-error");
    }

    @Test
    @Order(4)
    void aSearchThatMatchesNothingSaysSo() {
        browser.open("#/search?q=xylophone");
        WebElement empty = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state-empty")));
        assertThat(empty.getText()).contains("No decision matches this search");
        browser.screenshot("search-empty");
    }

    @Test
    @Order(5)
    void aDecisionPageShowsTheLetterBySectionsAndSimilarPriorDecisions() {
        browser.open("#/search?q=%22lumbar%20discogram%20L3-4%22");
        WebElement link = browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".decision-card .card-title a")));
        assertThat(link.getText()).isEqualTo("Lumbar discogram L3-4, L4-5, L5-S1");
        link.click();

        browser.await(ExpectedConditions.textToBe(By.cssSelector(".decision-head h1"), "Lumbar discogram L3-4, L4-5, L5-S1"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-doc")));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".similar .split, .similar .state")));
        String page = browser.visibleText();
        assertThat(page).contains("CASE", "DATES", "PATIENT AND REVIEWER", "DIAGNOSES", "CLINICAL CASE SUMMARY", "DECISION")
                .contains(FixtureCorpus.DISCOGRAM_ID, "Physical Medicine and Rehabilitation", "lumbar radiculopathy",
                        "MTUS ACOEM Ch. 12 Low Back Complaints", "Diskography is frequently used prior to spinal fusions")
                .contains("Mar 24, 2014");
        assertThat(browser.find(".decision-block.current").getText()).contains("THIS DECISION", "UPHELD");

        // Similar prior decisions: other discograms, with their outcome split.
        // Known by construction: three other discograms in other letters, two upheld.
        assertThat(browser.find(".similar .split-text").getText())
                .isEqualTo("Of 3 similar Discography decisions, 2 upheld (67%), 1 overturned (33%).");
        assertThat(browser.all(".similar .decision-card .card-title")).extracting(WebElement::getText)
                .isNotEmpty()
                .first().asString().containsIgnoringCase("discogram");
        browser.screenshot("decision");
    }

    @Test
    @Order(6)
    void aLetterWithSeveralItemsListsTheOthersAndEmphasisesTheCurrentOne() {
        browser.open("#/decision/" + FixtureCorpus.TWO_ITEM_LETTER + "-2");
        browser.await(ExpectedConditions.textToBe(By.cssSelector(".decision-head h1"), "Norco 10/325mg #120"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-doc")));
        assertThat(browser.find(".decision-block.current h3").getText()).isEqualTo("Norco 10/325mg #120");
        assertThat(browser.all(".decision-block")).hasSize(2);
        WebElement sibling = browser.find(".siblings a");
        assertThat(sibling.getText()).isEqualTo("Lumbar epidural steroid injection L4-5");
        browser.screenshot("decision-two-items");
        sibling.click();
        browser.await(ExpectedConditions.textToBe(By.cssSelector(".decision-head h1"), "Lumbar epidural steroid injection L4-5"));
    }

    @Test
    @Order(7)
    void anUnknownDecisionSaysItIsNotInTheArchive() {
        browser.open("#/decision/CM99-does-not-exist-1");
        WebElement empty = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state-empty")));
        assertThat(empty.getText()).contains("No decision with this id", "CM99-does-not-exist-1");
    }

    @Test
    @Order(8)
    void letterTextWithScriptAndHtmlTagsRendersAsTextAndRunsNothing() {
        browser.open("#/decision/" + FixtureCorpus.MARKUP_LETTER + "-1");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".letter-doc")));
        String page = browser.visibleText();
        assertThat(page).contains(FixtureCorpus.SCRIPT_TEXT, FixtureCorpus.BOLD_TEXT)
                .contains("Lumbar discogram L2-3 " + FixtureCorpus.BOLD_TEXT);
        assertThat(browser.all("main b")).as("a <b> element made from letter text").isEmpty();
        assertThat(browser.all("main script")).as("a <script> element made from letter text").isEmpty();
        assertNoAlert();
        browser.screenshot("decision-markup-as-text");

        // The same in search results, where matches are highlighted.
        browser.open("#/search?q=verbatim");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".decision-card")));
        assertThat(browser.find(".decision-card").getText()).contains(FixtureCorpus.BOLD_TEXT, "<script>");
        assertThat(browser.all("main b")).isEmpty();
        assertThat(browser.all("main script")).isEmpty();
        assertThat(browser.all(".decision-card mark")).extracting(WebElement::getText).contains("verbatim");
        assertNoAlert();
        browser.screenshot("search-markup-as-text");
    }

    @Test
    @Order(9)
    void thePrecedentFinderRanksPriorDecisionsWithTheirSplitAndCitedGuidelines() {
        browser.open("#/precedents");
        WebElement item = browser.await(ExpectedConditions.elementToBeClickable(By.id("p-item")));
        assertThat(browser.find(".precedent-results").getText()).contains("Describe a request");
        item.sendKeys("Lumbar discogram L4-5, L5-S1");
        browser.find("#p-summary").sendKeys("Chronic low back pain; fusion is being considered.");
        browser.find(".precedent-form button[type=submit]").click();

        browser.await(d -> browser.currentUrl().contains("item=Lumbar"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".precedent-results .decision-card")));
        List<WebElement> ranked = browser.all(".precedent-results .decision-card");
        assertThat(ranked.get(0).findElement(By.cssSelector(".rank")).getText()).isEqualTo("#1");
        assertThat(ranked.get(0).findElement(By.cssSelector(".card-title")).getText()).containsIgnoringCase("discogram");
        assertThat(ranked.get(0).findElement(By.cssSelector(".why-chosen")).getText())
                .as("the reader sees why the precedent was chosen").contains("Why:", "same procedure (Discography)");
        assertThat(browser.find(".precedent-results .split-text").getText()).matches("(?s)Of \\d+ precedents?, \\d+ upheld.*");
        assertThat(browser.find(".passages").getText()).contains("MTUS ACOEM Ch. 12 Low Back Complaints");
        browser.screenshot("precedents");
    }

    @Test
    @Order(10)
    void analyticsDrawsUpholdRatesWithConfidenceIntervalsCountsAndACsvLink() {
        browser.open("#/analytics?by=procedure");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.rate-chart g.row")));
        List<WebElement> rows = browser.all("svg.rate-chart g.row");
        assertThat(rows).extracting(r -> r.getDomAttribute("data-key")).contains("Discography", "Epidural steroid injection", "MRI");
        WebElement discography = rows.stream().filter(r -> "Discography".equals(r.getDomAttribute("data-key"))).findFirst().orElseThrow();
        assertThat(discography.getDomAttribute("data-count")).isEqualTo(String.valueOf(FixtureCorpus.DISCOGRAM_DECISIONS));
        assertThat(discography.findElements(By.cssSelector("rect.bar"))).hasSize(1);
        assertThat(discography.findElements(By.cssSelector(".whisker line"))).hasSize(3);
        assertThat(discography.findElement(By.cssSelector(".row-count")).getText()).isEqualTo("75% · n=4");
        assertThat(browser.find("table.data-table").getText()).contains("Discography", "75.0%");
        String csv = browser.find("#csv").getDomAttribute("href");
        assertThat(csv).contains("/api/stats/uphold-rates?").contains("by=procedure").contains("format=csv");
        // The download is the server's CSV, written by SpreadsheetCsv (which defuses formula-like cells, issue
        // 14.2), not a file the page builds: fetch the link as the browser would.
        String download = downloadCsv(csv);
        assertThat(download).startsWith("\uFEFFprocedure,decisions,upheld,overturned,undetermined,upholdRate,")
                .contains("\r\nDiscography," + FixtureCorpus.DISCOGRAM_DECISIONS + ",3,1,0,0.7500,");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.trend-chart, .state-empty, .state-error")));
        assertThat(browser.all("svg.trend-chart .point")).isNotEmpty();
        browser.screenshot("analytics");

        // Another grouping through the select; the filters stay shared with search.
        new org.openqa.selenium.support.ui.Select(browser.find("#a-by")).selectByValue("specialty");
        browser.await(d -> browser.currentUrl().contains("by=specialty"));
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.rate-chart g.row[data-key='Anesthesiology']")));
        browser.screenshot("analytics-by-specialty");
    }

    private String downloadCsv(String href) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(archive.baseUrl()).resolve(href)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(11)
    void searchFiltersCarryOverToAnalytics() {
        browser.open("#/search?q=discogram&outcome=UPHELD");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "decisions for"));
        browser.find(".toolbar-actions a").click();
        browser.await(d -> browser.currentUrl().contains("#/analytics"));
        String url = URLDecoder.decode(browser.currentUrl(), StandardCharsets.UTF_8);
        assertThat(url).contains("q=discogram").contains("outcome=UPHELD");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.rate-chart g.row, .state-empty")));
        assertThat(browser.find(".active-filters").getText()).contains("Outcome: Upheld");
        assertThat(browser.find("#csv").getDomAttribute("href")).contains("outcome=UPHELD").contains("q=discogram");
    }

    @Test
    @Order(12)
    void importingALetterShowsLiveProgressAndTheFinalAccount() throws Exception {
        Path letter = Files.createTempFile(Path.of(System.getProperty("imr.e2e.workdir", "target")), "upload-", ".txt");
        try (var in = getClass().getResourceAsStream("/letters/discogram-upheld.txt")) {
            Files.write(letter, in.readAllBytes());
        }
        browser.open("#/import");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        assertThat(browser.visibleText()).contains("Drop letters or a zip here");
        browser.find("#files").sendKeys(letter.toAbsolutePath().toString());
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".chosen"), "1 file selected"));
        browser.find("#upload").click();

        WebElement account = browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-account[data-state='FINISHED'], #import-account[data-state='FAILED'], .state-error")));
        browser.screenshot("import");
        assertThat(account.getDomAttribute("data-state")).as(browser.find(".progress-box").getText()).isEqualTo("FINISHED");
        assertThat(count("indexed")).as(browser.find(".progress-box").getText()).isEqualTo(1);
        assertThat(count("seen")).isEqualTo(1);
        assertThat(count("duplicates")).isZero();
        assertThat(count("rejected")).isZero();
        assertThat(browser.currentUrl()).contains("#/import?job=");

        // The imported letter is searchable at once.
        browser.open("#/search?q=" + "%22Lumbar%20discogram%20L3-4%22");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "decisions for"));
        assertThat(resultCount()).isEqualTo(2);
    }

    @Test
    @Order(13)
    void aServerWithAnApiKeyAsksForItAndTheSameLetterAgainIsADuplicate() throws Exception {
        Path letter = Files.createTempFile(Path.of(System.getProperty("imr.e2e.workdir", "target")), "again-", ".txt");
        try (var in = getClass().getResourceAsStream("/letters/discogram-upheld.txt")) {
            Files.write(letter, in.readAllBytes());
        }
        Path uploads = Files.createTempDirectory(Path.of(System.getProperty("imr.e2e.workdir", "target")), "keyed-uploads-");
        try (var keyed = archive.startWithApiKey("s3cret-key", uploads)) {
            browser.openAt("http://127.0.0.1:" + keyed.port(), "#/import");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.id("files")));
            assertThat(browser.find("#api-key").isDisplayed()).as("no key asked for before the server wants one").isFalse();
            browser.find("#files").sendKeys(letter.toAbsolutePath().toString());
            browser.find("#upload").click();

            WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".progress-box .state-error")));
            assertThat(error.getText()).contains("needs an API key", "X-API-Key");
            WebElement key = browser.find("#api-key");
            assertThat(key.isDisplayed()).isTrue();
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(key);
            browser.screenshot("import-needs-key");

            key.sendKeys("s3cret-key");
            browser.find("#upload").click();
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-account[data-state='FINISHED']")));
            assertThat(count("seen")).isEqualTo(1);
            assertThat(count("duplicates")).as("the letter imported before, under another name").isEqualTo(1);
            assertThat(count("indexed")).isZero();
            browser.screenshot("import-duplicate");
        }
    }

    @Test
    @Order(14)
    void theSearchPageIsUsableOnAPhone() {
        browser.resize(390, 844);
        browser.open("#/search?q=injection");
        browser.driver().navigate().refresh(); // a fresh load at phone width, as a phone would open it
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".decision-card")));
        Number overflow = (Number) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        assertThat(browser.find(".facets").getDomAttribute("open")).isNull(); // filters folded away until asked for
        browser.screenshot("search-phone");
    }

    private int resultCount() {
        Matcher m = Pattern.compile("([\\d,]+) decisions?").matcher(browser.find("#result-count").getText());
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : -1;
    }

    private int count(String key) {
        return Integer.parseInt(browser.find("[data-count='" + key + "'] dd").getText().replace(",", ""));
    }

    private void assertNoAlert() {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("a script from the letter ran and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
