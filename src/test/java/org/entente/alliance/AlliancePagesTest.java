package org.entente.alliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AlliancePagesTest {

    private final Browser browser = new Browser();

    @Test
    void createShowsFlashAndAppearsInTheList() {
        String name = TestData.unique("Page alliance");
        Document form = browser.get("/alliances/new");
        Response created = browser.submit(form, "form[aria-label=Alliance]",
                Map.of("name", name, "purpose", "Grow together", "status", "ACTIVE", "launchDate", TestClock.day("2027-03-02")));

        Document shown = browser.follow(created);
        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Alliance “" + name + "” created.");
        assertThat(shown.selectFirst("h1").text()).isEqualTo(name);
        assertThat(shown.select(".badge").text()).contains("Active");

        Document list = browser.get("/alliances");
        assertThat(list.select("table[aria-label=Alliances] td a").eachText()).contains(name);
        assertThat(list.selectFirst("#flash")).as("the flash is shown once").isNull();
    }

    @Test
    void invalidInputShowsTheErrorNextToTheFieldAndKeepsWhatWasTyped() {
        Document form = browser.get("/alliances/new");
        Response r = browser.submit(form, "form[aria-label=Alliance]",
                Map.of("name", "", "purpose", "Kept purpose", "launchDate", "2027-02-31"));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#name-help").text()).isEqualTo("Name is required");
        assertThat(page.selectFirst("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#launchDate-help").text()).isEqualTo("Enter a date as YYYY-MM-DD");
        assertThat(page.selectFirst("#launchDate").attr("value")).isEqualTo("2027-02-31");
        assertThat(page.selectFirst("#purpose").text()).isEqualTo("Kept purpose");
        assertThat(page.selectFirst("#form-errors")).isNotNull();
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsTheInput() {
        long id = TestData.alliance();
        Document first = browser.get("/alliances/" + id + "/edit");
        Document second = browser.get("/alliances/" + id + "/edit");
        browser.follow(browser.submit(first, "form[aria-label=Alliance]", Map.of("purpose", "First edit")));

        Response stale = browser.submit(second, "form[aria-label=Alliance]", Map.of("purpose", "Second edit"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Browser.parse(stale);
        assertThat(page.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(page.selectFirst("#purpose").text()).isEqualTo("Second edit");
        assertThat(browser.get("/alliances/" + id).selectFirst(".lead").text()).isEqualTo("First edit");
    }

    @Test
    void deleteAsksFirstThenRemovesTheAlliance() {
        long id = TestData.alliance();
        Document confirm = browser.get("/alliances/" + id + "/delete");
        assertThat(confirm.selectFirst("h1").text()).startsWith("Delete alliance");

        Document list = browser.follow(browser.submit(confirm, "form[action=/alliances/" + id + "/delete]", Map.of()));

        assertThat(list.selectFirst("#flash").text()).endsWith("deleted.");
        assertThat(browser.raw("/alliances/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        Document form = browser.get("/alliances/new");
        Response r = browser.submit(form, "form[aria-label=Alliance]",
                Map.of("name", TestData.unique("No token"), "csrf-token", "forged"));
        assertThat(r.statusCode()).isEqualTo(400);
    }
}
