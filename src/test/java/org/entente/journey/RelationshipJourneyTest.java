package org.entente.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.entente.TestClock;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On Monday the alliance manager of the example alliance sees who on the partner side they are losing touch with,
 * fixes two rows in place, pairs a partner person on the counterpart map, marks a meeting held and reads an owner's
 * digest. Leaves screenshots of the dashboard, the counterpart map and the digest in target/screenshots (or in
 * docs/images with {@code -Dentente.screenshots=docs/images}).
 */
@QuarkusTest
class RelationshipJourneyTest extends ChromiumJourney {

    private static final Path IMAGES = Path.of(System.getProperty("entente.screenshots", "target/screenshots"));

    @TestHTTPResource("/")
    URL root;

    private Page page;

    private JsonPath post(String path, String json) {
        APIResponse r = page.request().post(root + path, RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData(json));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(path + ": " + r.text()).isBetween(200, 201);
        return JsonPath.from(r.text());
    }

    private void put(String path, String json) {
        APIResponse r = page.request().put(root + path, RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData(json));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(path + ": " + r.text()).isEqualTo(200);
    }

    @Test
    void mondayMorningTheManagerFixesWhoTheyAreLosingTouchWith() {
        page = loggedIn(root, new Browser.NewContextOptions().setViewportSize(1280, 900));
        long alliance = post("api/example", "{}").getLong("id");
        JsonPath partners = JsonPath.from(page.request().get(root + "api/alliances/" + alliance).text());
        Map<String, Long> id = new java.util.HashMap<>();
        partners.getList("partners.people.flatten()", Map.class)
                .forEach(p -> id.put((String) p.get("name"), ((Number) p.get("id")).longValue()));
        // what happened before this Monday: owners chosen, and contacts a while ago
        Map.of("Maria Alvarez", "Anouk de Vries", "Jake Thompson", "Joris Bakker", "Priya Raman", "Sanne Visser",
                "Tom Becker", "Pieter Jansen").forEach((person, owner) -> put("api/people/" + id.get(person)
                + "/keep-in-touch", "{\"ownerId\": " + id.get(owner) + ", \"version\": 0}"));
        LocalDate today = TestClock.today();
        logged(id.get("Maria Alvarez"), "CALL", today.minusDays(150));
        logged(id.get("Tom Becker"), "DINNER", today.minusDays(400));
        logged(id.get("Priya Raman"), "COFFEE", today.minusMonths(3).plusDays(12));
        logged(id.get("Jake Thompson"), "EMAIL", today.minusDays(20));

        page.navigate(root + "alliances/" + alliance);
        page.locator("#keep-in-touch").click();
        Locator maria = page.locator("tr[aria-label='Maria Alvarez']");
        assertThat(maria.locator(".status")).hasText("Overdue");
        page.locator("summary[aria-label='Send a tip to Tom Becker']").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("keep-in-touch.png")).setFullPage(true));
        page.keyboard().press("Escape");
        assertThat(page.locator("tr[aria-label='Tom Becker'] .tip-text")).isHidden();

        // two clicks: open the row's form, log a call today
        page.locator("summary[aria-label='Log an interaction with Maria Alvarez']").click();
        page.locator("form[aria-label='Log an interaction with Maria Alvarez'] button").click();
        assertThat(page.locator("#flash")).hasText("Call with Maria Alvarez logged.");
        assertThat(maria.locator(".status")).hasText("On track");

        page.locator("summary[aria-label='Send a tip to Tom Becker']").click();
        assertThat(page.locator("tr[aria-label='Tom Becker'] a.mailto")).hasAttribute("href",
                java.util.regex.Pattern.compile("^mailto:tom\\.becker@lonestar\\.example\\?subject="));
        page.locator("form[aria-label='Log the tip sent to Tom Becker'] button").click();
        assertThat(page.locator("#flash")).hasText("Tip sent to Tom Becker logged.");
        assertThat(page.locator("tr[aria-label='Tom Becker'] .status")).hasText("On track");

        page.locator("#counterparts").click();
        assertThat(page.locator("h1")).hasText("Counterpart map");
        page.locator("form[aria-label='Pair Grace Lee with Lotte Smit'] button").click();
        assertThat(page.locator("#flash")).hasText("Grace Lee is paired with Lotte Smit.");
        assertThat(page.locator("ul[aria-label='In more than one layer'] li strong")).hasText(new String[]{
                "Joris Bakker", "Sanne Visser", "Jake Thompson", "Priya Raman"});
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("counterparts.png")).setFullPage(true));

        long steering = bodyId(alliance, "Steering committee");
        post("api/bodies/" + steering + "/plan", "{}");
        long first = JsonPath.from(page.request().get(root + "api/bodies/" + steering + "/plan").text())
                .getLong("meetings.find { it.sequence == 1 }.id");
        page.navigate(root + "meetings/" + first + "/edit");
        page.locator("#date").fill(org.entente.TestClock.today().minusDays(1).toString()); // held: on or after its date
        page.locator("#status").selectOption("HELD");
        page.locator("input[name=attendeeIds][value='" + id.get("Priya Raman") + "']").uncheck();
        page.locator("#save").click();
        page.navigate(root + "people/" + id.get("Jake Thompson") + "/keep-in-touch");
        assertThat(page.locator("table[aria-label=Interactions] tbody tr").first().locator(".kind")).hasText("Meeting");
        page.navigate(root + "people/" + id.get("Priya Raman") + "/keep-in-touch");
        assertThat(page.locator("table[aria-label=Interactions] .kind")).hasText(new String[]{"Coffee"});

        page.navigate(root + "alliances/" + alliance + "/keep-in-touch?owner=" + id.get("Sanne Visser"));
        page.locator("#owner-digest").click();
        assertThat(page.locator("h1")).hasText("Weekly digest of Sanne Visser");
        assertThat(page.locator("table[aria-label='Due within 30 days'] tbody tr")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("digest.png")).setFullPage(true));
    }

    private void logged(long person, String kind, LocalDate date) {
        post("api/people/" + person + "/interactions", "{\"kind\": \"" + kind + "\", \"date\": \"" + date + "\"}");
    }

    private long bodyId(long alliance, String name) {
        return JsonPath.from(page.request().get(root + "api/alliances/" + alliance + "/bodies").text())
                .getLong("find { it.name == '" + name + "' }.id");
    }
}
