package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DaysOffPagesTest {

    private final Browser browser = new Browser();

    @Test
    void aBlackoutIsAddedListedAndDeletedAfterConfirmation() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document page = browser.get("/alliances/" + a.id() + "/days-off");
        assertThat(page.select("table[aria-label=Blackout periods]")).isEmpty();

        Response added = browser.submit(page, "form[aria-label=Add blackout]",
                Map.of("from", "2027-07-01", "to", "2027-07-31", "name", "Summer break"));
        Document listed = browser.follow(added);
        assertThat(listed.getElementById("flash").text()).contains("Summer break");
        assertThat(listed.select("table[aria-label=Blackout periods] tbody tr").text())
                .contains("2027-07-01").contains("2027-07-31").contains("Summer break");

        String deleteLink = listed.selectFirst("table[aria-label=Blackout periods] a").attr("href");
        Document confirm = browser.get(deleteLink);
        assertThat(confirm.getElementById("confirm-title").text()).contains("Summer break");
        Document after = browser.follow(browser.submit(confirm, "main form", Map.of()));
        assertThat(after.getElementById("flash").text()).contains("deleted");
        assertThat(after.select("table[aria-label=Blackout periods]")).isEmpty();
    }

    @Test
    void anInvertedRangeIsRefusedNamingTheFieldAndKeepingTheInput() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document page = browser.get("/alliances/" + a.id() + "/days-off");

        Response refused = browser.submit(page, "form[aria-label=Add blackout]",
                Map.of("from", "2027-07-31", "to", "2027-07-01", "name", "Backwards"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = Browser.parse(refused);
        assertThat(shown.getElementById("to").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.getElementById("to-help").text()).contains("not be before");
        assertThat(shown.getElementById("name").attr("value")).isEqualTo("Backwards");
    }

    @Test
    void anOfficeDayOffIsAddedAndAMissingNameIsRefused() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document page = browser.get("/alliances/" + a.id() + "/days-off");
        String austin = page.select("#officeId option").stream().filter(o -> o.text().contains("Austin"))
                .findFirst().orElseThrow().attr("value");

        Response refused = browser.submit(page, "form[aria-label=Add office day off]",
                Map.of("officeId", austin, "date", "2027-03-02", "name", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(refused).getElementById("day-name-help").text()).contains("required");

        Document listed = browser.follow(browser.submit(page, "form[aria-label=Add office day off]",
                Map.of("officeId", austin, "date", "2027-03-02", "name", "Texas Independence Day")));
        assertThat(listed.select("table[aria-label=Office days off] tbody tr").text())
                .contains("2027-03-02").contains("Austin").contains("Texas Independence Day");
    }
}
