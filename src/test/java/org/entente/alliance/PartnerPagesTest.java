package org.entente.alliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PartnerPagesTest {

    private static final String PARTNER_FORM = "form[aria-label=Partner]";
    private static final String OFFICE_FORM = "form[aria-label=Office]";

    private final Browser browser = new Browser();

    @Test
    void aPartnerIsAddedFromTheAlliancePage() {
        long alliance = TestData.alliance();
        Document page = browser.get("/alliances/" + alliance);
        assertThat(page.select("article.partner")).isEmpty();
        Document form = browser.get(page.selectFirst("#add-partner").attr("href"));

        Document shown = browser.follow(browser.submit(form, PARTNER_FORM, Map.of("name", "Acme", "ours", "true")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Partner “Acme” added.");
        assertThat(shown.selectFirst("article[aria-label=Partner Acme] h3").text()).isEqualTo("Acme ours");
    }

    @Test
    void aDuplicatePartnerNameIsMarkedAtTheNameField() {
        long alliance = TestData.alliance();
        TestData.partner(alliance, "Acme");
        Document form = browser.get("/alliances/" + alliance + "/partners/new");

        Response r = browser.submit(form, PARTNER_FORM, Map.of("name", "acme"));

        assertThat(r.statusCode()).isEqualTo(409);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#name-help").text()).isEqualTo("This alliance already has a partner with this name");
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo("acme");
    }

    @Test
    void aPartnerIsRenamed() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        Document page = browser.get("/alliances/" + alliance);
        Document form = browser.get(page.selectFirst("a[aria-label=Edit Acme]").attr("href"));
        assertThat(form.selectFirst("#name").attr("value")).isEqualTo("Acme");

        Document shown = browser.follow(browser.submit(form, PARTNER_FORM, Map.of("name", "Acme Corp")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Partner “Acme Corp” saved.");
        assertThat(shown.selectFirst("#partner-" + partner + " h3").text()).isEqualTo("Acme Corp");
    }

    @Test
    void anOfficeIsAddedAndShownAsTheDefaultVenue() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        Document form = browser.get(browser.get("/alliances/" + alliance).selectFirst("#add-office-" + partner).attr("href"));

        Document shown = browser.follow(browser.submit(form, OFFICE_FORM, Map.of("city", "Austin", "country", "us",
                "subdivision", "tx", "timeZone", "America/Chicago")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Office Austin added.");
        var row = shown.select("table[aria-label=Offices of Acme] tbody tr");
        assertThat(row).hasSize(1);
        assertThat(row.select("td").eachText()).containsExactly("Austin default venue", "US-TX", "America/Chicago",
                "09:00–17:00", "Edit Delete");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource({
            "country, XX, Country must be an ISO 3166 two-letter code such as NL or US",
            "timeZone, Mars/Base, Time zone must be an IANA name such as Europe/Amsterdam",
            "workdayEnd, 08:00, The working day must end after it starts",
            "workdayStart, 9 o'clock, Enter a time as HH:MM",
            "subdivision, T-X!, Subdivision is an ISO 3166-2 code such as NW or TX"})
    void anInvalidOfficeFieldIsMarkedAndEverythingTypedIsKept(String field, String value, String message) {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        Document form = browser.get("/partners/" + partner + "/offices/new");

        Map<String, String> typed = new HashMap<>(Map.of("city", "Utrecht", "country", "NL",
                "timeZone", "Europe/Amsterdam"));
        typed.put(field, value);
        Response r = browser.submit(form, OFFICE_FORM, typed);

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("[id=" + field + "-help]").text()).isEqualTo(message);
        assertThat(page.selectFirst("[id=" + field + "]").attr("aria-invalid")).isEqualTo("true");
        org.jsoup.nodes.Element input = page.selectFirst("[id=" + field + "]");
        String kept = input.tagName().equals("select") ? input.selectFirst("option[selected]").attr("value")
                : input.attr("value");
        assertThat(kept).as("what was typed, kept").isEqualTo(value);
        assertThat(page.selectFirst("#city").attr("value")).isEqualTo("Utrecht");
        given().get("/api/partners/" + partner + "/offices").then().body("size()", equalTo(0));
    }

    @Test
    void anOfficeIsEdited() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
        Document form = browser.get(browser.get("/alliances/" + alliance)
                .selectFirst("a[aria-label=Edit office Utrecht]").attr("href"));

        Document shown = browser.follow(browser.submit(form, OFFICE_FORM, Map.of("workdayStart", "08:30")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Office Utrecht saved.");
        assertThat(shown.select("table[aria-label=Offices of Acme] td").eachText()).contains("08:30–17:00");
    }

    @Test
    void deletingTheDefaultOfficeAsksFirstAndSaysAnotherBecomesTheDefault() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        long utrecht = TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
        TestData.create("/api/partners/" + partner + "/offices", Map.of("city", "Delft", "country", "NL",
                "timeZone", "Europe/Amsterdam"));
        Document confirm = browser.get(browser.get("/alliances/" + alliance)
                .selectFirst("a[aria-label=Delete office Utrecht]").attr("href"));
        assertThat(confirm.selectFirst("#confirm-title").text()).isEqualTo("Delete office Utrecht?");
        assertThat(confirm.select("article p").first().text()).contains("another office becomes the default");

        Document shown = browser.follow(browser.submit(confirm, "form[action=/offices/" + utrecht + "/delete]", Map.of()));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Office Utrecht deleted.");
        assertThat(shown.select("table[aria-label=Offices of Acme] tbody td:first-child").eachText())
                .containsExactly("Delft default venue");
    }

    @Test
    void deletingAPartnerAsksFirstSayingWhatGoesWithIt() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
        TestData.person(partner, "Eva Acme");
        Document confirm = browser.get(browser.get("/alliances/" + alliance)
                .selectFirst("a[aria-label=Delete Acme]").attr("href"));
        assertThat(confirm.selectFirst("#confirm-title").text()).isEqualTo("Delete partner “Acme”?");
        assertThat(confirm.select("article p").first().text()).startsWith("Its 1 offices and 1 people are deleted");

        Document shown = browser.follow(browser.submit(confirm, "form[action=/partners/" + partner + "/delete]", Map.of()));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Partner “Acme” deleted.");
        assertThat(shown.select("article.partner")).isEmpty();
        assertThat(browser.raw("/partners/" + partner + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void aStalePartnerEditIsRefusedWith409() {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        Document first = browser.get("/partners/" + partner + "/edit");
        Document second = browser.get("/partners/" + partner + "/edit");
        browser.follow(browser.submit(first, PARTNER_FORM, Map.of("name", "First")));

        Response stale = browser.submit(second, PARTNER_FORM, Map.of("name", "Second"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Browser.parse(stale);
        assertThat(page.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo("Second");
    }

    @Test
    void deletingAPartnersOnlyOfficeSaysWhichMeetingsLoseTheirVenueAndThatThePartnerCanNoLongerHost() {
        long alliance = TestData.alliance();
        long ours = TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", "Us", "ours", true));
        long theirs = TestData.partner(alliance, "Them");
        long amsterdam = TestData.office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        long austin = TestData.office(theirs, "Austin", "US", "America/Chicago");
        long ann = TestData.person(ours, "Ann Ours");
        long cy = TestData.person(theirs, "Cy Theirs");
        String body = TestData.unique("Steering");
        long bodyId = TestData.create("/api/alliances/" + alliance + "/bodies", Map.of(
                "name", body, "kind", "STEERING_COMMITTEE", "chairId", ann, "memberIds", java.util.List.of(ann, cy),
                "cadence", Map.of("every", 6, "unit", "WEEKS", "firstDate", org.entente.TestClock.day("2027-01-12"),
                        "count", 6, "localTime", "15:00", "durationMinutes", 90, "timeZone", "Europe/Amsterdam"),
                "policy", Map.of("inPersonShare", 1.0, "hostWeights", Map.of(String.valueOf(ours), 1,
                        String.valueOf(theirs), 1), "launchInPerson", true, "launchHostPartnerId", ours)));
        given().contentType("application/json").body("{}").post("/api/bodies/" + bodyId + "/plan")
                .then().statusCode(201);

        Document confirm = browser.get("/offices/" + amsterdam + "/delete");
        String said = confirm.selectFirst("#consequences").text();
        assertThat(said).startsWith("3 upcoming meetings take place there: " + body + " on ")
                .contains("They keep their dates but lose their venue until the plan is made again.")
                .endsWith("It is the only office of Us: Us can host no in-person meeting until it has another office.");

        long second = TestData.office(theirs, "Dallas", "US", "America/Chicago");
        assertThat(browser.get("/offices/" + second + "/delete").selectFirst("#consequences").text())
                .startsWith("No upcoming meeting takes place there.").doesNotContain("only office");
        assertThat(browser.get("/offices/" + austin + "/delete").selectFirst("#consequences").text())
                .startsWith("3 upcoming meetings take place there: ").doesNotContain("only office");
    }
}
