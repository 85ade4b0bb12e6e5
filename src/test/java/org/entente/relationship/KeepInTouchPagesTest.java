package org.entente.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class KeepInTouchPagesTest {

    private final Browser browser = new Browser();

    /** An alliance with our side (Olga) and a partner with a decision-maker, a skeptic and a trailblazer. */
    record Side(long alliance, long olga, long dora, long sam, long tara) {
    }

    static Side side() {
        long alliance = TestData.alliance();
        long ours = TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", "Us", "ours", true));
        long theirs = TestData.partner(alliance, "Partner");
        return new Side(alliance, person(ours, "Olga Ours", "UNKNOWN"), person(theirs, "Dora Decider", "DECISION_MAKER"),
                person(theirs, "Sam Skeptic", "SKEPTIC"), person(theirs, "Tara Trailblazer", "TRAILBLAZER"));
    }

    static long person(long partner, String name, String stance) {
        return TestData.create("/api/partners/" + partner + "/people", Map.of("name", name,
                "email", TestData.unique("p").replaceAll("[^a-z0-9]", "") + "@example.com", "stance", stance));
    }

    static void logged(long person, String kind, LocalDate date) {
        TestData.create("/api/people/" + person + "/interactions", Map.of("kind", kind, "date", date.toString()));
    }

    static long loggedId(long person) {
        return TestData.create("/api/people/" + person + "/interactions",
                Map.of("kind", "CALL", "date", TestClock.today().toString()));
    }

    static Element row(Document page, String name) {
        Element row = page.selectFirst("table[aria-label=Keep in touch] tr[aria-label=" + name + "]");
        assertThat(row).as("dashboard row of %s", name).isNotNull();
        return row;
    }

    @Test
    void theDashboardListsThePartnerSideMostOverdueFirstWithStatusColoursAndText() {
        Side s = side();
        LocalDate today = TestClock.today();
        logged(s.dora(), "DINNER", today.minusDays(400));
        LocalDate coffee = today.plusDays(10).minusMonths(3);
        logged(s.sam(), "COFFEE", coffee);

        Document page = browser.get("/alliances/" + s.alliance() + "/keep-in-touch");

        assertThat(page.select("table[aria-label=Keep in touch] tbody tr").eachAttr("aria-label"))
                .containsExactly("Dora Decider", "Sam Skeptic", "Tara Trailblazer");
        Element dora = row(page, "Dora Decider");
        assertThat(dora.selectFirst(".status .badge").text()).isEqualTo("Overdue");
        assertThat(dora.selectFirst(".status .badge").hasClass("overdue")).isTrue();
        assertThat(dora.selectFirst(".cadence").text()).isEqualTo("every 3 months (stance default)");
        assertThat(dora.selectFirst(".last").text()).isEqualTo(today.minusDays(400).toString());
        Element sam = row(page, "Sam Skeptic");
        assertThat(sam.selectFirst(".status .badge").text()).isEqualTo("Due soon");
        assertThat(sam.selectFirst(".due").text())
                .isEqualTo(coffee.plusMonths(3) + " due in " + java.time.temporal.ChronoUnit.DAYS.between(today, coffee.plusMonths(3)) + " days");
        Element tara = row(page, "Tara Trailblazer");
        assertThat(tara.selectFirst(".status .badge").text()).isEqualTo("On track");
        assertThat(tara.selectFirst(".last").text()).as("counted from when she was added").startsWith("none since added");
        assertThat(tara.selectFirst(".due").text()).startsWith(today.plusMonths(6).toString());
    }

    @Test
    void loggingAnInteractionInPlaceTakesTwoClicksAndPutsThePersonOnTrack() {
        Side s = side();
        logged(s.dora(), "CALL", TestClock.today().minusYears(1));
        Document page = browser.get("/alliances/" + s.alliance() + "/keep-in-touch");
        assertThat(row(page, "Dora Decider").selectFirst(".status").text()).isEqualTo("Overdue");

        // click 1 opens the row's form (a <details>), click 2 logs a call today
        Element inPlace = row(page, "Dora Decider").selectFirst("details:has(summary[aria-label=Log an interaction with Dora Decider])");
        assertThat(inPlace).as("the form sits in the row").isNotNull();
        assertThat(inPlace.selectFirst("input[type=date]").attr("value")).isEqualTo(TestClock.today().toString());
        assertThat(inPlace.selectFirst("select option[selected]").text()).isEqualTo("Call");
        Document after = browser.follow(browser.submit(page, "form[aria-label=Log an interaction with Dora Decider]", Map.of()));

        assertThat(after.selectFirst("#flash").text()).isEqualTo("Call with Dora Decider logged.");
        assertThat(row(after, "Dora Decider").selectFirst(".status").text()).isEqualTo("On track");
        assertThat(row(after, "Dora Decider").selectFirst(".last").text()).isEqualTo(TestClock.today().toString());
    }

    @Test
    void aTipIsOfferedInPlaceAndLoggingItReturnsToTheFilteredDashboard() {
        Side s = side();
        logged(s.sam(), "EMAIL", TestClock.today().minusYears(1));
        given().contentType(ContentType.JSON).body(Map.of("ownerId", s.olga(), "version", 0))
                .put("/api/people/" + s.sam() + "/keep-in-touch").then().statusCode(200);
        Document page = browser.get("/alliances/" + s.alliance() + "/keep-in-touch?owner=" + s.olga());
        Element tip = row(page, "Sam Skeptic").selectFirst("details:has(summary[aria-label=Send a tip to Sam Skeptic])");
        assertThat(tip.selectFirst("a.mailto").attr("href")).startsWith("mailto:").contains("&body=Hi%20Sam");
        assertThat(tip.selectFirst(".tip-text").text()).as("a tip for skeptics first")
                .isEqualTo("Ask for their advice on a problem you are really facing.");

        Response logged = browser.submit(page, "form[aria-label=Log the tip sent to Sam Skeptic]", Map.of());

        assertThat(logged.header("Location")).endsWith("/alliances/" + s.alliance() + "/keep-in-touch?owner="
                + s.olga() + "#person-" + s.sam());
        Document after = browser.follow(logged);
        assertThat(after.selectFirst("#flash").text()).isEqualTo("Tip sent to Sam Skeptic logged.");
        assertThat(row(after, "Sam Skeptic").selectFirst(".status").text()).isEqualTo("On track");
        assertThat(after.selectFirst("#owner-digest").attr("href")).isEqualTo("/people/" + s.olga() + "/digest");
    }

    @Test
    void aNoteOverFiveHundredCharactersIsRefusedNextToTheFieldWithTheTypedValuesKept() {
        Side s = side();
        Document form = browser.get("/people/" + s.sam() + "/interactions/new");

        Response r = browser.submit(form, "form[aria-label=Interaction]",
                Map.of("kind", "COFFEE", "date", "2026-01-05", "note", "x".repeat(501)));

        assertThat(r.statusCode()).isEqualTo(400);
        Document shown = Browser.parse(r);
        assertThat(shown.selectFirst("#note-help").text()).isEqualTo("Note is at most 500 characters");
        assertThat(shown.selectFirst("#note").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.selectFirst("#date").attr("value")).isEqualTo("2026-01-05");
        assertThat(shown.selectFirst("#kind option[selected]").text()).isEqualTo("Coffee");
        assertThat(browser.get("/people/" + s.sam() + "/keep-in-touch").selectFirst("#no-interactions"))
                .as("nothing logged").isNotNull();
    }

    @Test
    void aCustomCadenceAndOwnerAreSavedAndTheOwnerFilterKeepsOnlyTheirPeople() {
        Side s = side();
        // a week ago, so that one month from it is due soon in a month of any length
        logged(s.tara(), "CALL", TestClock.today().minusWeeks(1));
        Document person = browser.get("/people/" + s.tara() + "/keep-in-touch");

        Document saved = browser.follow(browser.submit(person, "form[aria-label=Keep-in-touch cadence]",
                Map.of("months", "1", "ownerId", s.olga())));

        assertThat(saved.selectFirst("#flash").text()).isEqualTo("Keep-in-touch cadence of Tara Trailblazer saved.");
        assertThat(saved.selectFirst("#status").text()).isEqualTo("Due soon");
        Document mine = browser.get("/alliances/" + s.alliance() + "/keep-in-touch?owner=" + s.olga());
        assertThat(mine.select("table[aria-label=Keep in touch] tbody tr").eachAttr("aria-label"))
                .containsExactly("Tara Trailblazer");
        assertThat(row(mine, "Tara Trailblazer").selectFirst(".cadence").text()).isEqualTo("every 1 month");
        assertThat(row(mine, "Tara Trailblazer").selectFirst(".owner").text()).isEqualTo("Olga Ours");
    }

    @Test
    void aStaleCadenceEditIsRefusedWith409AndKeepsTheInput() {
        Side s = side();
        Document first = browser.get("/people/" + s.sam() + "/keep-in-touch");
        Document second = browser.get("/people/" + s.sam() + "/keep-in-touch");
        browser.follow(browser.submit(first, "form[aria-label=Keep-in-touch cadence]", Map.of("months", "12")));

        Response stale = browser.submit(second, "form[aria-label=Keep-in-touch cadence]", Map.of("months", "6"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document shown = Browser.parse(stale);
        assertThat(shown.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(shown.selectFirst("#months").attr("value")).isEqualTo("6");
    }

    @Test
    void theAlliancesDefaultForAStanceChangesTheCadenceOfItsPeople() {
        Side s = side();
        Document page = browser.get("/alliances/" + s.alliance() + "/keep-in-touch");

        Document saved = browser.follow(browser.submit(page, "form[aria-label=Default cadences]", Map.of("TRAILBLAZER", "2")));

        assertThat(row(saved, "Tara Trailblazer").selectFirst(".cadence").text()).isEqualTo("every 2 months (stance default)");
        Response invalid = browser.submit(saved, "form[aria-label=Default cadences]", Map.of("SKEPTIC", "25"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(invalid).selectFirst("#SKEPTIC-help").text()).isEqualTo("Every 1 to 24 months");
    }

    @Test
    void aDeletedInteractionNoLongerCountsAndTheAlliancePageLinksToTheDashboard() {
        Side s = side();
        logged(s.dora(), "HELP_ASKED", TestClock.today().minusYears(2));
        String href = browser.get("/alliances/" + s.alliance()).selectFirst("#keep-in-touch").attr("href");
        assertThat(row(browser.get(href), "Dora Decider").selectFirst(".status").text()).isEqualTo("Overdue");

        Document person = browser.get("/people/" + s.dora() + "/keep-in-touch");
        String delete = person.selectFirst("table[aria-label=Interactions] a.danger-link").attr("href");
        Document confirm = browser.get(delete);
        Document after = browser.follow(browser.submit(confirm, "form[action=" + delete + "]", Map.of()));

        assertThat(after.selectFirst("#flash").text()).isEqualTo("Interaction deleted.");
        assertThat(after.selectFirst("#no-interactions")).isNotNull();
        assertThat(row(browser.get(href), "Dora Decider").selectFirst(".status").text())
                .as("counted from when she was added again").isEqualTo("On track");
    }

    @Test
    void sendingATipOffersAPrefilledEmailAndLogsItAsAnInteraction() {
        Side s = side();
        Document page = browser.get("/people/" + s.sam() + "/send-tip");

        String mailto = page.selectFirst("#mailto").attr("href");
        assertThat(mailto).startsWith("mailto:").contains("?subject=Checking%20in").contains("&body=Hi%20Sam");
        String coaching = page.selectFirst("#tip-text").text();
        assertThat(java.net.URLDecoder.decode(mailto, java.nio.charset.StandardCharsets.UTF_8))
                .as("the coaching note stays ours").doesNotContain(coaching);
        Document after = browser.follow(browser.submit(page, "form[aria-label=Mark the tip sent]", Map.of()));

        assertThat(after.selectFirst("#flash").text()).isEqualTo("Tip sent to Sam Skeptic logged.");
        assertThat(after.selectFirst("#interactions-title + table .kind").text()).isEqualTo("Tip sent");
        assertThat(after.selectFirst("#interactions-title + table .note").text())
                .isEqualTo("Tip: " + page.selectFirst("#tip-text").text());
    }
}
