package com.acuerdo.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: Debian's chromium and chromedriver, given explicitly so that
 * Selenium Manager never downloads anything. When they are missing the test is skipped, except
 * under CI ({@code -Dacuerdo.browser.required=true}) where it fails.
 */
public final class Browser implements AutoCloseable {

    /**
     * True once the element has left the page (a full-page submit replaced it). Unlike Selenium's
     * {@code stalenessOf}, it also accepts Chromium's "node does not belong to the document" error,
     * which a loaded machine sometimes reports mid-navigation instead of a stale reference.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }

    /** Clicks a control whose success replaces it (a full submit or an ajax update), and waits. */
    public static void clickAndWait(WebDriver driver, By target) {
        var element = driver.findElement(target);
        element.click();
        untilReplaced(driver, element);
    }

    /** Clicks a control whose success loads the next page (a submit or an ajax redirect), and waits. */
    public static void clickAndWaitForPage(WebDriver driver, By target) {
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        untilReplaced(driver, page);
    }

    /** Opens the login page, types the credentials and signs in; waits as {@link #clickAndWait} does. */
    public static void logIn(WebDriver driver, String loginUrl, String username, String password) {
        typeCredentials(driver, loginUrl, username, password);
        clickAndWait(driver, By.id("login:submit"));
    }

    /** Opens the login page, types the credentials and signs in; waits as {@link #clickAndWaitForPage} does. */
    public static void logInAndWaitForPage(WebDriver driver, String loginUrl, String username, String password) {
        typeCredentials(driver, loginUrl, username, password);
        clickAndWaitForPage(driver, By.id("login:submit"));
    }

    private static void typeCredentials(WebDriver driver, String loginUrl, String username, String password) {
        driver.get(loginUrl);
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
    }

    /** Waits until the element has left the page and the page that replaced it has loaded. */
    public static void untilReplaced(WebDriver driver, WebElement element) {
        var wait = new WebDriverWait(driver, PAGE_WAIT).ignoring(WebDriverException.class);
        wait.until(replaced(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            var message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if (Boolean.getBoolean("acuerdo.browser.required")) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + "; skipped because acuerdo.browser.required is not true");
        }
        try {
            var profile = Files.createTempDirectory("acuerdo-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1366,900",
                    "--lang=es",
                    "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG of the page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the session (as a fresh visitor). */
    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
