package org.entente.journey;

import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.platform.Secrets;
import org.entente.web.Logins;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person edits an alliance, leaves the form open past the idle timeout and saves: in headless Chromium they log
 * in again and land back on the form with what they typed, told to check it and save again — and saving then works.
 */
@QuarkusTest
class IdleSessionJourneyTest extends ChromiumJourney {

    @TestHTTPResource("/")
    URL root;
    @Inject
    AgroalDataSource database;

    @Test
    void aFormSentAfterTheIdleTimeoutComesBackFilledInAfterLogin() throws SQLException {
        long alliance = TestData.alliance();
        Page page = loggedIn(root, new com.microsoft.playwright.Browser.NewContextOptions());
        page.navigate(root + "alliances/" + alliance + "/edit");
        page.locator("#name").fill("Typed while the session ran out");
        page.locator("#purpose").fill("A purpose nobody wants to type twice.");
        String session = page.context().cookies().stream().filter(c -> c.name.equals("entente-session"))
                .findFirst().orElseThrow().value;
        idleSince(session, 9);

        page.locator("form[action='/alliances/" + alliance + "'] button[type=submit]").click();

        assertThat(page.locator("#email")).isVisible();
        page.locator("#email").fill(Logins.ADMIN_EMAIL);
        page.locator("#password").fill(Logins.ADMIN_PASSWORD);
        page.locator("#log-in").click();
        assertThat(page).hasURL(root + "alliances/" + alliance + "/edit");
        assertThat(page.locator("#input-kept")).hasText("Your input was kept; check it and save again.");
        assertThat(page.locator("#name")).hasValue("Typed while the session ran out");
        assertThat(page.locator("#purpose")).hasValue("A purpose nobody wants to type twice.");

        page.locator("form[action='/alliances/" + alliance + "'] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Typed while the session ran out");
        page.navigate(root + "alliances/" + alliance + "/edit");
        assertThat(page.locator("#input-kept")).hasCount(0);
    }

    /** The session was last seen this many hours ago (the idle timeout is 8 hours). */
    private void idleSince(String session, int hours) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE login_session SET last_seen_at = ? WHERE token_hash = ?")) {
            s.setObject(1, TestClock.nowUtc().minusHours(hours));
            s.setString(2, Secrets.hash(session));
            org.assertj.core.api.Assertions.assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
