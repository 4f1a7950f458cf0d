package com.acuerdo.testing;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What browser tests read off the agent's worklist table ({@code wl:cases}). */
public final class Worklist {

    private static final By ROWS = By.cssSelector("[id='wl:cases_data'] tr");
    private static final By CLIENTS = By.cssSelector("[id='wl:cases_data'] td.ac-col-client a");

    private Worklist() {}

    /** The client names of the shown page, in the order shown. */
    public static List<String> clientNames(WebDriver driver) {
        return driver.findElements(CLIENTS).stream().map(WebElement::getText).toList();
    }

    /** The text of the row of the client; fails when the client is not on the shown page. */
    public static String row(WebDriver driver, String client) {
        return driver.findElements(ROWS).stream()
                .map(WebElement::getText)
                .filter(row -> row.contains(client))
                .findFirst()
                .orElseThrow(() -> new AssertionError(client + " is not on the worklist"));
    }
}
