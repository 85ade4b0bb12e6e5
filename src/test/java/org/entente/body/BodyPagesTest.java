package org.entente.body;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BodyPagesTest {

    private static final String FORM = "form[aria-label=Governance body]";

    private final Browser browser = new Browser();

    @Test
    void aNewBodyIsCreatedFromTheFormAndShowsItsCadenceAndChair() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document alliancePage = browser.get("/alliances/" + a.id());
        Document form = browser.get(alliancePage.selectFirst("#add-body").attr("href"));

        Response created = browser.submit(form, FORM, Map.of("name", "Steering committee",
                "memberIds", List.of(a.ourPeople().get(0), a.theirPeople().get(0)),
                "chairId", a.theirPeople().get(0)));

        Document shown = browser.follow(created);
        assertThat(shown.selectFirst("#flash").text()).isEqualTo("“Steering committee” created.");
        assertThat(shown.selectFirst("h1").text()).isEqualTo("Steering committee");
        assertThat(shown.selectFirst("#cadence-summary").text()).isEqualTo("every 6 weeks");
        assertThat(shown.selectFirst("#chair").text()).isEqualTo("Cy Theirs");
        assertThat(shown.selectFirst("#in-person-share").text()).startsWith("50 %");
        assertThat(shown.select("article[aria-label=Members from Ours] li").eachText()).containsExactly("Ann Ours");
        assertThat(shown.select("article[aria-label=Members from Theirs] li").eachText()).containsExactly("Cy Theirs");

        Document back = browser.get("/alliances/" + a.id());
        assertThat(back.select("table[aria-label=Governance bodies] td a").eachText()).containsExactly("Steering committee");
    }

    @ParameterizedTest(name = "every {0} {1}, week {2}, {3} → \"{4}\"")
    @CsvSource({
            "1, WEEKS, 2, TUESDAY, weekly",
            "6, WEEKS, 2, TUESDAY, every 6 weeks",
            "1, MONTHS, 2, TUESDAY, 'monthly, 2nd Tuesday'",
            "3, MONTHS, -1, FRIDAY, 'quarterly, last Friday'"})
    void theBodyPageSummarisesTheCadenceInWords(int every, String unit, String week, String weekday, String summary) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document form = browser.get("/alliances/" + a.id() + "/bodies/new");

        Document shown = browser.follow(browser.submit(form, FORM, Map.of("name", "Working group",
                "cadence.every", every, "cadence.unit", unit, "cadence.weekOfMonth", week, "cadence.weekday", weekday)));

        assertThat(shown.selectFirst("#cadence-summary").text()).isEqualTo(summary);
        assertThat(shown.selectFirst("#chair").text()).isEqualTo("not chosen yet");
    }

    @Test
    void invalidInputShowsTheMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document form = browser.get("/alliances/" + a.id() + "/bodies/new");

        Response r = browser.submit(form, FORM, Map.of("name", "Kept name", "cadence.every", "0",
                "policy.inPersonShare", "150", "memberIds", List.of(a.theirPeople().get(1))));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#form-errors")).isNotNull();
        assertThat(page.selectFirst("[id=cadence.every-help]").text()).isEqualTo("Must be at least 1");
        assertThat(page.selectFirst("[id=cadence.every]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("[id=cadence.every]").attr("value")).isEqualTo("0");
        assertThat(page.selectFirst("[id=policy.inPersonShare-help]").text())
                .isEqualTo("The share is between 0 and 1 (0 % and 100 %)");
        assertThat(page.selectFirst("[id=policy.inPersonShare]").attr("value")).isEqualTo("150");
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo("Kept name");
        assertThat(page.select("input[name=memberIds][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(a.theirPeople().get(1)));
        given().get("/api/alliances/" + a.id() + "/bodies").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void perPartnerTripCapsAreSavedAndShown() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document form = browser.get("/alliances/" + a.id() + "/bodies/new");

        Document shown = browser.follow(browser.submit(form, FORM, Map.of("name", "Capped",
                "policy.tripsPerPartnerPerYear", "6", "tripCap", List.of("", "3"))));

        assertThat(shown.selectFirst("#trip-caps").text()).isEqualTo("at most 6; Theirs at most 3");
        Document edit = browser.get(shown.selectFirst("#edit-body").attr("href"));
        assertThat(edit.selectFirst("[id=tripCap-" + a.theirs() + "]").attr("value")).isEqualTo("3");
        assertThat(edit.selectFirst("[id=tripCap-" + a.ours() + "]").attr("value")).isEmpty();
    }

    @Test
    void aNegativeTripCapIsMarkedAtItsFieldAndKeepsWhatWasTyped() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document form = browser.get("/alliances/" + a.id() + "/bodies/new");

        Response r = browser.submit(form, FORM, Map.of("name", "Capped", "tripCap", List.of("-2", "")));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("[id=policy.tripCaps-help]").text())
                .isEqualTo("Each trip cap is a whole number from 0 to 52");
        assertThat(page.selectFirst("[id=tripCap-" + a.ours() + "]").attr("value")).isEqualTo("-2");
        assertThat(page.selectFirst("[id=tripCap-" + a.ours() + "]").attr("aria-invalid")).isEqualTo("true");
        given().get("/api/alliances/" + a.id() + "/bodies").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aTextWhereANumberBelongsIsMarkedAtThatField() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Document form = browser.get("/alliances/" + a.id() + "/bodies/new");

        Response r = browser.submit(form, FORM, Map.of("name", "Kept", "cadence.durationMinutes", "an hour"));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("[id=cadence.durationMinutes-help]").text()).isEqualTo("Enter a whole number");
        assertThat(page.selectFirst("[id=cadence.durationMinutes]").attr("value")).isEqualTo("an hour");
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsTheInput() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));
        Document first = browser.get("/bodies/" + id + "/edit");
        Document second = browser.get("/bodies/" + id + "/edit");
        Document saved = browser.follow(browser.submit(first, FORM, Map.of("cadence.every", "4")));
        assertThat(saved.selectFirst("#flash").text()).isEqualTo("“Steering committee” saved.");

        Response stale = browser.submit(second, FORM, Map.of("cadence.every", "8"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Browser.parse(stale);
        assertThat(page.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(page.selectFirst("[id=cadence.every]").attr("value")).isEqualTo("8");
        assertThat(browser.get("/bodies/" + id).selectFirst("#cadence-summary").text()).isEqualTo("every 4 weeks");
    }

    @Test
    void deleteAsksFirstThenRemovesTheBody() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));
        Document shown = browser.get("/bodies/" + id);
        Document confirm = browser.get(shown.selectFirst("#delete-body").attr("href"));
        assertThat(confirm.selectFirst("#confirm-title").text()).isEqualTo("Delete “Steering committee”?");

        Document alliancePage = browser.follow(browser.submit(confirm, "form[action=/bodies/" + id + "/delete]", Map.of()));

        assertThat(alliancePage.selectFirst("#flash").text()).isEqualTo("“Steering committee” deleted.");
        assertThat(alliancePage.select("table[aria-label=Governance bodies]")).isEmpty();
        assertThat(browser.raw("/bodies/" + id).statusCode()).isEqualTo(404);
    }
}
