package org.imrarchive.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver. Both paths are given explicitly so
 * Selenium Manager never looks for (or downloads) a browser or driver; the profile is a fresh
 * temporary folder so no state leaks between runs.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        String chromium = System.getProperty("imr.e2e.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("imr.e2e.chromedriver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", chromedriver);
        this.screenshots = Path.of(System.getProperty("imr.e2e.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(screenshots);
            Path work = Path.of(System.getProperty("imr.e2e.workdir", "target/e2e-work"));
            Files.createDirectories(work);
            this.profile = Files.createTempDirectory(work, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
                "--metrics-recording-only", "--password-store=basic", "--lang=en-US",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        // An alert (from a script that should never run) must stay open so a test can see it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the UI, e.g. {@code "#/search?q=discogram"}. */
    void open(String fragment) {
        driver.get(baseUrl + "/" + fragment);
    }

    /** Opens a page of the UI served by another server. */
    void openAt(String otherBaseUrl, String fragment) {
        driver.get(otherBaseUrl + "/" + fragment);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    <T> T await(ExpectedCondition<T> condition) {
        // A page re-renders what it shows: an element found a moment before may be replaced as the wait reads it.
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The text a person sees on the page. */
    String visibleText() {
        return find("body").getText();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A screenshot of the whole page (not only the viewport) under target/screenshots/NAME.png. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            // Grow the window to the document's height so the picture shows the whole page.
            Number height = (Number) driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension before = driver.manage().window().getSize();
            int target = Math.min(Math.max(before.getHeight(), height.intValue() + 140), 6000);
            driver.manage().window().setSize(new Dimension(before.getWidth(), target));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Errors the page's scripts logged (uncaught exceptions, failed module loads). */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // a deliberate 4xx the page shows as a message is not a script error
                .filter(m -> !m.contains("the server responded with a status of 4"))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
