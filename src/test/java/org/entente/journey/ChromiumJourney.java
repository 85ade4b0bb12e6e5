package org.entente.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.entente.web.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A journey test's headless Chromium: started once per test class, closed after it. */
abstract class ChromiumJourney {

    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    /** A new page (with its own cookies) logged in as the test administrator through the login form. */
    static Page loggedIn(URL root, Browser.NewContextOptions options) {
        return logIn(browser.newContext(options).newPage(), root, Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD);
    }

    static Page logIn(Page page, URL root, String email, String password) {
        page.navigate(root + "login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("#log-in").click();
        assertThat(page.locator("#log-out")).isVisible();
        return page;
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }
}
