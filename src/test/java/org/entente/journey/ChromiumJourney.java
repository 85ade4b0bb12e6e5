package org.entente.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A journey test's headless Chromium: started once per test class, closed after it. */
abstract class ChromiumJourney {

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }
}
