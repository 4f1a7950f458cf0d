package com.acuerdo.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does with the PrimeFaces inputs of Acuerdo's forms, and the waits that go with it. */
public final class Forms {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private Forms() {}

    /** A select one menu, through its widget (a user's pick fires the same events). */
    public static void choose(WebDriver driver, String form, String field, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("PF(arguments[0]).selectValue(arguments[1]);", "widget_" + form + "_" + field, value);
    }

    /** A number input: select what is there, type, leave the field (its change event). */
    public static void typeNumber(WebDriver driver, String id, String value) {
        var input = driver.findElement(By.id(id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    /** A date picker, typed; a click on the title then closes its panel, which may cover buttons. */
    public static void typeDate(WebDriver driver, String id, LocalDate date) {
        typeDate(driver, id, date, "dd/MM/yyyy");
    }

    /** A date picker with its own pattern (the configuration pages use {@code yyyy-MM-dd}). */
    public static void typeDate(WebDriver driver, String id, LocalDate date, String pattern) {
        var text = DateTimeFormatter.ofPattern(pattern).format(date);
        // A loaded machine may drop keys while the picker re-renders: type again until the field shows it.
        for (int attempt = 0; attempt < 3; attempt++) {
            typeDateOnce(driver, id, text);
            if (text.equals(driver.findElement(By.id(id + "_input")).getAttribute("value"))) {
                return;
            }
        }
        throw new IllegalStateException(id + " does not take " + text);
    }

    private static void typeDateOnce(WebDriver driver, String id, String text) {
        var input = driver.findElement(By.id(id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        // As a user does: a press elsewhere closes the calendar panel. When something covers the title
        // (the panel itself, opened above the field), press it in the page rather than at a point.
        var title = driver.findElement(By.id("pageTitle"));
        try {
            title.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
                                    + "arguments[0].dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
                                    + "arguments[0].click();",
                            title);
        }
        var panel = By.id(id + "_panel");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        } catch (TimeoutException stillOpen) {
            // Some panels stay open after the press (focus kept inside them): Escape closes them, as for a user.
            driver.findElement(By.id(id + "_input")).sendKeys(Keys.ESCAPE);
        }
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** Ticks every box of a checkbox group that is not ticked yet. */
    public static void tickAll(WebDriver driver, String name) {
        for (var box : driver.findElements(By.xpath("//input[@name='" + name
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"))) {
            if (!box.getAttribute("class").contains("ui-state-active")) {
                box.click();
            }
        }
    }

    private static String visibleText(WebDriver driver, By by) {
        try {
            var found = driver.findElements(by);
            return found.isEmpty() ? "(no such element)" : found.get(0).getText();
        } catch (RuntimeException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }

    public static String text(WebDriver driver, By by) {
        return driver.findElement(by).getText();
    }

    /** Waits until the element shows the text (ajax may replace it while we look) and answers all of it. */
    public static String waitForText(WebDriver driver, By by, String part) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "«" + part + "» in " + by + "; the page shows: " + visibleText(driver, by))
                .until(d -> {
                    var found = d.findElements(by);
                    return !found.isEmpty() && found.get(0).getText().contains(part)
                            ? found.get(0).getText()
                            : null;
                });
    }
}
