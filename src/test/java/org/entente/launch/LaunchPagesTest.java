package org.entente.launch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LaunchPagesTest {

    private final Browser browser = new Browser();

    /** A two-partner alliance launching on {@code date}, with its steering committee (Ann and Cy are members). */
    static TestData.Alliance launchingOn(String date, boolean withBody) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", TestData.unique("Launching"), "status", "LAUNCHING", "launchDate", date, "version", 0))
                .put("/api/alliances/" + a.id()).then().statusCode(200);
        if (withBody) {
            TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));
        }
        return a;
    }

    static Element row(Document page, String title) {
        Element tick = page.selectFirst("form[aria-label=\"Tick " + title + "\"]");
        assertThat(tick).as("checklist row %s", title).isNotNull();
        return tick.closest("tr");
    }

    @Test
    void theStandardChecklistIsCreatedOnceWithDueDatesCountedBackFromTheLaunchDate() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), true);

        Document page = browser.get("/alliances/" + a.id() + "/launch");

        assertThat(page.select("table[aria-label=Launch checklist] tbody tr")).hasSize(8);
        assertThat(row(page, "Alliance charter").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-04-20"));
        assertThat(row(page, "Governance charter: Steering committee").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-04-27"));
        assertThat(row(page, "Decision rights").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-04-27"));
        assertThat(row(page, "Escalation path").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-04"));
        assertThat(row(page, "Communication plan").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-04"));
        assertThat(row(page, "Joint scorecard").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-11"));
        assertThat(row(page, "Dinner booked").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-18"));
        assertThat(row(page, "Briefing book").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-25"));
        assertThat(page.selectFirst("#progress-text").text()).isEqualTo("0 of 8 done");
        assertThat(page.selectFirst(".badge.overdue")).isNull();

        Document again = browser.follow(browser.submit(page, "form[aria-label=Standard checklist]", Map.of()));

        assertThat(again.selectFirst("#flash").text()).isEqualTo("The standard checklist is complete: nothing to add.");
        assertThat(again.select("table[aria-label=Launch checklist] tbody tr")).hasSize(8);
    }

    @Test
    void theButtonAddsBackADeletedStandardItemButOpeningThePageDoesNot() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");
        String deleteLink = row(page, "Joint scorecard").selectFirst("a[aria-label=Delete Joint scorecard]").attr("href");

        Document confirm = browser.get(deleteLink);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Delete checklist item “Joint scorecard”?");
        Document after = browser.follow(browser.submit(confirm, "form[action=" + deleteLink + "]", Map.of()));

        assertThat(after.selectFirst("#flash").text()).isEqualTo("“Joint scorecard” deleted from the checklist.");
        assertThat(after.select("table[aria-label=Launch checklist] tbody tr")).hasSize(6);
        assertThat(browser.get("/alliances/" + a.id() + "/launch").select("table[aria-label=Launch checklist] tbody tr"))
                .as("opening the page again does not recreate it").hasSize(6);

        Document restored = browser.follow(browser.submit(after, "form[aria-label=Standard checklist]", Map.of()));
        assertThat(restored.selectFirst("#flash").text()).isEqualTo("Standard checklist: 1 item added.");
        assertThat(row(restored, "Joint scorecard").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-11"));
    }

    @Test
    void tickingAnItemDoneShowsTheProgressAndUndoTakesItBack() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");

        Document done = browser.follow(browser.submit(page, "form[aria-label=Tick Decision rights]", Map.of()));

        assertThat(done.selectFirst("#flash").text()).isEqualTo("“Decision rights” marked done.");
        assertThat(done.selectFirst("#progress-text").text()).isEqualTo("1 of 7 done");
        assertThat(done.selectFirst("progress#progress").attr("value")).isEqualTo("1");
        assertThat(done.selectFirst("progress#progress").attr("max")).isEqualTo("7");
        assertThat(row(done, "Decision rights").selectFirst(".state").text()).isEqualTo("done");

        Document undone = browser.follow(browser.submit(done, "form[aria-label=Tick Decision rights]", Map.of()));
        assertThat(undone.selectFirst("#progress-text").text()).isEqualTo("0 of 7 done");
        assertThat(row(undone, "Decision rights").selectFirst(".state").text()).isEqualTo("open");
    }

    @Test
    void itemsPastTheirDueDateAndNotDoneAreMarkedOverdue() {
        TestData.Alliance a = launchingOn("2020-03-01", false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");

        assertThat(row(page, "Briefing book").selectFirst(".badge.overdue").text()).isEqualTo("overdue");
        assertThat(page.selectFirst("#progress-text").text()).isEqualTo("0 of 7 done · 7 overdue");

        Document ticked = browser.follow(browser.submit(page, "form[aria-label=Tick Briefing book]", Map.of()));
        assertThat(row(ticked, "Briefing book").selectFirst(".badge.overdue")).as("done is never overdue").isNull();
        assertThat(ticked.selectFirst("#progress-text").text()).isEqualTo("1 of 7 done · 6 overdue");
    }

    @Test
    void aCustomItemWithAnOwnerAndAPastDueDateIsAddedAndShownOverdue() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");

        Document added = browser.follow(browser.submit(page, "form[aria-label=New checklist item]",
                Map.of("title", "Visitor badges", "ownerId", a.theirPeople().get(0), "dueDate", "2021-01-04")));

        assertThat(added.selectFirst("#flash").text()).isEqualTo("“Visitor badges” added to the checklist.");
        Element row = row(added, "Visitor badges");
        assertThat(row.selectFirst(".owner").text()).isEqualTo("Cy Theirs");
        assertThat(row.selectFirst(".due").text()).isEqualTo("2021-01-04 overdue");
        assertThat(added.selectFirst("#progress-text").text()).isEqualTo("0 of 8 done · 1 overdue");
    }

    @Test
    void aBlankTitleIsRefusedWithTheErrorNextToTheFieldAndTheTypedValuesKept() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");

        Response r = browser.submit(page, "form[aria-label=New checklist item]",
                Map.of("title", "  ", "ownerId", a.ourPeople().get(1), "dueDate", TestClock.day("2027-05-05")));

        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Browser.parse(r);
        assertThat(shown.selectFirst("#title-help").text()).isEqualTo("Title is required");
        assertThat(shown.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.selectFirst("#dueDate").attr("value")).isEqualTo(TestClock.day("2027-05-05"));
        assertThat(shown.selectFirst("#ownerId option[selected]").text()).isEqualTo("Bob Ours (Ours)");
        assertThat(shown.select("table[aria-label=Launch checklist] tbody tr")).as("nothing written").hasSize(7);
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsTheInput() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-06-01"), false);
        Document page = browser.get("/alliances/" + a.id() + "/launch");
        String edit = row(page, "Escalation path").selectFirst("a[aria-label=Edit Escalation path]").attr("href");
        Document first = browser.get(edit);
        Document second = browser.get(edit);
        Document saved = browser.follow(browser.submit(first, "form[aria-label=Checklist item]",
                Map.of("title", "Escalation path agreed", "dueDate", TestClock.day("2027-05-10"))));
        assertThat(row(saved, "Escalation path agreed").selectFirst(".due").text()).isEqualTo(TestClock.day("2027-05-10"));

        Response stale = browser.submit(second, "form[aria-label=Checklist item]", Map.of("title", "Second edit"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document shown = Browser.parse(stale);
        assertThat(shown.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(shown.selectFirst("#title").attr("value")).isEqualTo("Second edit");
        Response staleTick = browser.submit(page, "form[aria-label=Tick Escalation path]", Map.of());
        assertThat(staleTick.statusCode()).as("ticking from an outdated page").isEqualTo(409);
    }

    @Test
    void withoutALaunchDateTheDueDatesAreEmptyAndThePageSaysToSetIt() {
        long id = TestData.alliance();

        Document page = browser.get("/alliances/" + id + "/launch");

        Element link = page.selectFirst("#set-launch-date");
        assertThat(link.attr("href")).isEqualTo("/alliances/" + id + "/edit");
        assertThat(page.selectFirst("#launch-date").text()).contains("No launch date yet.");
        assertThat(page.select("table[aria-label=Launch checklist] td.due").stream().map(Element::text))
                .hasSize(7).allMatch(String::isEmpty);
        assertThat(page.selectFirst("#launch-venue").text()).contains("No launch meeting planned yet.");
    }

    @Test
    void theAlliancePageLinksToTheLaunchWhichShowsTheVenueOfThePlannedLaunchMeeting() {
        TestData.Alliance a = launchingOn(TestClock.day("2027-01-12"), true);
        long body = given().get("/api/alliances/" + a.id() + "/bodies").jsonPath().getLong("[0].id");
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);

        String href = browser.get("/alliances/" + a.id()).selectFirst("#launch-event").attr("href");
        Document page = browser.get(href);

        assertThat(page.selectFirst("#launch-venue").text()).contains("Amsterdam, NL").contains("hosted by Ours");
        assertThat(page.selectFirst("#launch-mode").text()).startsWith("In person: the planner always plans the launch in person");
        assertThat(page.selectFirst("article[aria-label=Attendees from Ours]").select("li").eachText())
                .containsExactly("Ann Ours");
        assertThat(page.selectFirst("article[aria-label=Attendees from Theirs]").select("li").eachText())
                .containsExactly("Cy Theirs");
    }
}
