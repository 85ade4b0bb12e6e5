package org.entente.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager plans the example steering committee in headless Chromium: generate, accept, move a meeting, re-plan
 * the rest, accept again. Leaves screenshots of the preview, the meeting form and the schedule in target/screenshots,
 * or in docs/images when run with {@code -Dentente.screenshots=docs/images} (how the README images are made).
 */
@QuarkusTest
class PlanJourneyTest extends ChromiumJourney {

    private static final Path IMAGES = Path.of(System.getProperty("entente.screenshots", "target/screenshots"));

    @TestHTTPResource("/")
    URL root;

    @Test
    void planTheSteeringCommitteeMoveAMeetingAndReplanTheRest() {
        Page page = loggedIn(root, new Browser.NewContextOptions().setViewportSize(1280, 900));
        APIResponse loaded = page.request().post(root + "api/example", RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData("{}"));
        org.assertj.core.api.Assertions.assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
        long alliance = JsonPath.from(loaded.text()).getLong("id");

        page.navigate(root + "alliances/" + alliance);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Steering committee").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan and schedule")).click();
        assertThat(page.getByLabel("No plan yet")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate plan")).click();
        assertThat(page.locator("h1")).hasText(Pattern.compile("^Plan preview"));
        assertThat(page.locator("#balance-report")).isVisible();
        assertThat(page.getByLabel("Proposed meetings").locator("tbody tr")).hasCount(24);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("plan-preview.png")).setFullPage(true));

        page.locator("#accept-plan").click();
        assertThat(page.locator("#flash")).hasText("Plan version 1 accepted.");
        Locator upcoming = page.getByLabel("Upcoming meetings");
        assertThat(upcoming.locator("tbody tr")).hasCount(24);
        assertThat(upcoming.locator(".badge.changed")).hasCount(0);

        page.getByLabel("Edit meeting 2", new Page.GetByLabelOptions().setExact(true)).click();
        Locator date = page.locator("#date");
        String moved = LocalDate.parse(date.inputValue()).plusDays(1).toString();
        date.fill(moved);
        // The partner offers to host it: in person in Austin instead of a video call.
        page.locator("#mode").selectOption("IN_PERSON");
        page.locator("#officeId").selectOption(new SelectOption().setLabel("Austin (Lone Star Analytics)"));
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("meeting-form.png")).setFullPage(true));
        page.locator("#save").click();

        assertThat(page.locator("#flash")).containsText("saved and locked");
        Locator second = upcoming.locator("tr[data-sequence='2']");
        assertThat(second.locator(".badge.locked")).isVisible();
        assertThat(second.locator("td.date")).containsText(moved);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-plan the rest")).click();
        String changed = page.locator("#changed-count").textContent();
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(changed)).as("meetings the re-plan changes").isPositive();
        assertThat(page.getByLabel("Proposed meetings").locator("tr[data-sequence='2'] .badge.locked")).isVisible();

        page.locator("#accept-plan").click();
        assertThat(page.locator("#flash")).hasText("Plan version 2 accepted: " + changed
                + (changed.equals("1") ? " meeting changed." : " meetings changed."));
        assertThat(upcoming.locator(".badge.changed")).hasCount(Integer.parseInt(changed));
        assertThat(second.locator(".badge.locked")).isVisible();
        assertThat(second.locator("td.date")).containsText(moved);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("schedule.png")).setFullPage(true));
    }
}
