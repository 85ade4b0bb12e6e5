package org.entente.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A manager's first minutes, in a real headless Chromium: load the example, read it, fix a mistake in a form. */
@QuarkusTest
class FoundationJourneyTest extends ChromiumJourney {

    @TestHTTPResource("/")
    URL root;

    @Test
    void loadTheExampleThenCorrectABodyThatWasSavedWithAnError() {
        Page page = loggedIn(root, new com.microsoft.playwright.Browser.NewContextOptions());
        // Loaded through the API: other tests may have filled the list, so the empty-state button may be gone.
        var loaded = page.request().post(root + "api/example");
        org.assertj.core.api.Assertions.assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
        page.navigate(root + "alliances");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tulip Systems & Lone Star Analytics")).first().click();

        assertThat(page.locator("h1")).hasText("Tulip Systems & Lone Star Analytics");
        assertThat(page.getByLabel("Offices of Lone Star Analytics")).containsText("America/Chicago");
        assertThat(page.getByLabel("People of Tulip Systems").locator("tbody tr")).hasCount(5);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Steering committee")).click();
        assertThat(page.locator("#cadence-summary")).hasText("every 6 weeks");
        assertThat(page.locator("#chair")).hasText("Anouk de Vries");

        page.locator("#edit-body").click();
        page.locator("[id='cadence.every']").fill("0");
        page.locator("#save").click();
        assertThat(page.locator("[id='cadence.every-help']")).hasText("Must be at least 1");
        assertThat(page.locator("[id='cadence.every']")).hasValue("0");

        page.locator("[id='cadence.every']").fill("8");
        page.locator("#save").click();
        assertThat(page.locator("#flash")).hasText("“Steering committee” saved.");
        assertThat(page.locator("#cadence-summary")).hasText("every 8 weeks");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/journey-body.png")).setFullPage(true));
    }
}
