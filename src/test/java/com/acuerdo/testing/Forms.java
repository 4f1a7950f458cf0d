package com.acuerdo.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
        var input = driver.findElement(By.id(id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date), Keys.TAB);
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
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
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
