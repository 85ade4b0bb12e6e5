package org.entente.journey;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.TestData;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office form guides, in headless Chromium: the country is picked by name ("Germany" can no longer become
 * "GE", Georgia), a one-zone country fills in its time zone, and a value over a length limit is never cut: the page
 * says how far over it is, and the server refuses it with the typed text kept.
 */
@QuarkusTest
class OfficeFormJourneyTest extends ChromiumJourney {

    @TestHTTPResource("/")
    URL root;

    @Test
    void pickGermanyByNameGetItsZoneAndKeepATooLongCityWithItsMessage() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, TestData.unique("Rhein Werke"));
        Page page = loggedIn(root, new com.microsoft.playwright.Browser.NewContextOptions());
        page.navigate(root + "partners/" + partner + "/offices/new");

        page.locator("#country").focus();
        page.keyboard().type("Germ");
        assertThat(page.locator("#country")).hasValue("DE");
        page.locator("#country").selectOption("DE"); // fires change, as choosing with the keyboard and Enter does
        assertThat(page.locator("#timeZone")).hasValue("Europe/Berlin");
        assertThat(page.locator("#timeZone-help")).hasText("Most of Germany is on Europe/Berlin; the list has its other zones.");

        page.locator("#country").selectOption("JP");
        assertThat(page.locator("#timeZone")).hasValue("Asia/Tokyo");
        assertThat(page.locator("#timeZone-help")).hasText("Japan has one time zone: Asia/Tokyo.");

        page.locator("#country").selectOption("US"); // 29 zones and none covers most of it: the user picks
        assertThat(page.locator("#timeZone")).hasValue("");
        assertThat(page.locator("#timeZone-help")).containsText("time zones: pick the office's");
        page.locator("#country").selectOption("DE");

        String city = "Düsseldorf " + "x".repeat(120);
        page.locator("#city").fill(city);
        assertThat(page.locator("#city")).hasValue(city);
        assertThat(page.locator("#city-help")).hasText("11 characters over the limit of 120.");
        page.locator("#workdayStart").fill("09:00");
        page.locator("#workdayEnd").fill("17:00");
        page.locator("#save").click();
        assertThat(page.locator("#city-help")).containsText("120");
        assertThat(page.locator("#city")).hasValue(city);
        assertThat(page.locator("#country")).hasValue("DE");

        page.locator("#city").fill("Düsseldorf");
        page.locator("#save").click();
        assertThat(page.getByLabel("Offices of " + "Rhein Werke", new Page.GetByLabelOptions().setExact(false)))
                .containsText("Europe/Berlin");
    }
}
