package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class PlanPagesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId AUSTIN = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String MEETING_FORM = "form[aria-label=Meeting]";

    private final Browser browser = new Browser();

    @Test
    void aBodyWithoutAPlanShowsTheEmptyStateAndAGeneratePlanLink() {
        PlanFixtures.Body b = PlanFixtures.body();
        Document bodyPage = browser.get("/bodies/" + b.id());

        Document schedule = browser.get(bodyPage.selectFirst("#open-schedule").attr("href"));

        assertThat(schedule.selectFirst("article[aria-label=No plan yet]")).isNotNull();
        assertThat(schedule.select("table.schedule")).isEmpty();
        Element generate = schedule.selectFirst("#generate-plan");
        assertThat(generate.text()).isEqualTo("Generate plan");
        assertThat(generate.attr("href")).isEqualTo("/bodies/" + b.id() + "/plan/preview");
    }

    @Test
    void thePreviewShowsTheBalanceReportTheStripAndTheProposedMeetings() {
        PlanFixtures.Body b = PlanFixtures.body();

        Document preview = browser.get("/bodies/" + b.id() + "/plan/preview");

        Element report = preview.selectFirst("#balance-report");
        assertThat(report).isNotNull();
        assertThat(report.selectFirst("#video-streak").text()).isEqualTo("1 in a row");
        assertThat(report.selectFirst("#broken-rules").text()).isEqualTo("every rule is kept");
        List<String> chips = report.select("ol[aria-label=Meeting modes in order] li").eachAttr("class");
        assertThat(chips).hasSize(24);
        assertThat(chips.subList(0, 4)).containsExactly("chip chip-host-0", "chip chip-video", "chip chip-host-1",
                "chip chip-video");
        assertThat(report.select("ol[aria-label=Meeting modes in order] li").get(0).text())
                .isEqualTo("#1 " + TestClock.day("2027-01-12") + ": In person at Ours");
        Element table = preview.selectFirst("table[aria-label=Proposed meetings]");
        assertThat(table.select("tbody tr")).hasSize(24);
        assertThat(table.selectFirst("tr[data-sequence=1] .badge.launch")).isNotNull();
        assertThat(table.select("a[aria-label^=Edit meeting]")).as("nothing to edit before accepting").isEmpty();
        assertThat(preview.selectFirst("#changed-count")).as("a first plan changes nothing").isNull();
    }

    @Test
    void theLegendGivesEachHostTheColourOfItsChips() {
        // Partner ids 15 and 16 (mod 16) are where a HashMap of ids iterates in another order than the alliance.
        long scratch = TestData.alliance();
        long spent = TestData.partner(scratch, TestData.unique("Spent"));
        while (Math.floorMod(spent + 1, 16) != 15) {
            spent = TestData.partner(scratch, TestData.unique("Spent"));
        }
        long alliance = TestData.alliance();
        long ours = TestData.partner(alliance, "Ours");
        long theirs = TestData.partner(alliance, "Theirs");
        assumeTrue(Math.floorMod(ours, 16) == 15 && theirs == ours + 1, "ids are given in sequence");
        TestData.office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        TestData.office(theirs, "Austin", "US", "America/Chicago");
        TestData.Alliance a = new TestData.Alliance(alliance, ours, theirs,
                List.of(TestData.person(ours, "Ann Ours")), List.of(TestData.person(theirs, "Cy Theirs")));
        long body = TestData.create("/api/alliances/" + alliance + "/bodies", TestData.bodyJson(a, "Steering committee"));

        Element strip = browser.get("/bodies/" + body + "/plan/preview").selectFirst("figure.mode-strip");

        Map<String, String> legend = new HashMap<>();
        for (Element chip : strip.select("figcaption .chip")) {
            legend.put(chip.className().replace("chip ", ""), chip.nextSibling().toString().trim());
        }
        Element first = strip.selectFirst("ol li");
        assertThat(first.text()).endsWith("In person at Ours");
        assertThat(legend.get(first.className().replace("chip ", ""))).isEqualTo("in person at Ours");
        Element third = strip.select("ol li").get(2);
        assertThat(third.text()).endsWith("In person at Theirs");
        assertThat(legend.get(third.className().replace("chip ", ""))).isEqualTo("in person at Theirs");
        assertThat(legend.get("chip-video")).isEqualTo("video");
    }

    @Test
    void acceptingShowsTheScheduleWithLocalTimesAtBothOffices() {
        // 60 minutes: Amsterdam and Austin (09:00-17:00 each) share the hour 16:00-17:00 Amsterdam in winter.
        PlanFixtures.Body b = PlanFixtures.body(Map.of("durationMinutes", 60));
        Document preview = browser.get("/bodies/" + b.id() + "/plan/preview");

        Response accepted = browser.submit(preview, "form[action=/bodies/" + b.id() + "/plan]", Map.of());

        assertThat(accepted.statusCode()).isEqualTo(303);
        Document schedule = browser.follow(accepted);
        assertThat(schedule.selectFirst("#flash").text()).isEqualTo("Plan version 1 accepted.");
        assertThat(schedule.selectFirst("#generate-plan").text()).isEqualTo("Re-plan the rest");
        Element upcoming = meetings(schedule);
        assertThat(upcoming.select("tbody tr")).hasSize(24);
        assertThat(times(upcoming, 2)).as("video in winter: 16:00 Amsterdam is 09:00 in Austin")
                .containsExactly("16:00 Amsterdam", "09:00 Austin");
        for (Map<String, Object> m : PlanFixtures.plan(b.id()).<Map<String, Object>>getList("meetings")) {
            assertThat(times(upcoming, (Integer) m.get("sequence"))).as("meeting %s", m.get("sequence"))
                    .containsExactlyElementsOf(expected(OffsetDateTime.parse((String) m.get("start")).toZonedDateTime()));
        }
    }

    @Test
    void inTheWeeksWhenOnlyTheUsHasChangedClocksTheLocalTimesFollowEachOffice() {
        // Weekly from Tuesday 2027-03-02: the US changes clocks on 2027-03-14, the EU on 2027-03-28.
        LocalDate first = TestClock.sameSeasonAhead("2027-03-02");
        PlanFixtures.Body b = PlanFixtures.body(Map.of("every", 1, "firstDate", first.toString(), "count", 6));
        PlanFixtures.accept(b.id());

        Element upcoming = meetings(browser.get("/bodies/" + b.id() + "/schedule"));

        ZonedDateTime launch = ZonedDateTime.of(first, LocalTime.of(15, 0), AMSTERDAM);
        assertThat(times(upcoming, 1)).containsExactlyElementsOf(expected(launch)).containsExactly("15:00 Amsterdam", "08:00 Austin");
        ZonedDateTime inAustin = ZonedDateTime.of(first.plusWeeks(2), LocalTime.of(15, 0), AUSTIN);
        assertThat(times(upcoming, 3)).as("in person in Austin, one hour closer than in winter")
                .containsExactlyElementsOf(expected(inAustin)).containsExactly("21:00 Amsterdam", "15:00 Austin");
        ZonedDateTime video = ZonedDateTime.of(first.plusWeeks(3), LocalTime.of(15, 0), AMSTERDAM);
        assertThat(times(upcoming, 4)).as("video: 15:00 Amsterdam is already 09:00 in Austin")
                .containsExactlyElementsOf(expected(video)).containsExactly("15:00 Amsterdam", "09:00 Austin");
        ZonedDateTime summer = ZonedDateTime.of(first.plusWeeks(4), LocalTime.of(15, 0), AMSTERDAM);
        assertThat(times(upcoming, 5)).containsExactlyElementsOf(expected(summer)).containsExactly("15:00 Amsterdam", "08:00 Austin");
    }

    @Test
    void editingAMeetingLocksItAndTheReplanPreviewCountsWhatChanges() {
        PlanFixtures.Body b = PlanFixtures.body();
        long id = ((Number) PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2).get("id")).longValue();
        Document schedule = browser.get("/bodies/" + b.id() + "/schedule");
        Document form = browser.get(schedule.selectFirst("a[aria-label=Edit meeting 2]").attr("href"));
        assertThat(form.selectFirst("[id=date]").attr("value")).isEqualTo(TestClock.day("2027-02-23"));

        Response saved = browser.submit(form, MEETING_FORM, Map.of("date", TestClock.day("2027-02-24"), "time", "15:00",
                "mode", "IN_PERSON", "officeId", b.theirOffice()));

        Document after = browser.follow(saved);
        assertThat(after.selectFirst("#flash").text()).contains("locked");
        Element row = meetings(after).selectFirst("tr#meeting-" + id);
        assertThat(row.selectFirst(".badge.locked")).isNotNull();
        assertThat(row.selectFirst("td.date").text()).contains(TestClock.day("2027-02-24"));
        assertThat(row.select("span.time").eachText()).containsExactlyElementsOf(expected(
                ZonedDateTime.of(TestClock.date("2027-02-24"), LocalTime.of(15, 0), AUSTIN)));

        Document replan = browser.get(after.selectFirst("#generate-plan").attr("href"));
        JsonPath api = PlanFixtures.preview(b.id());
        assertThat(api.getInt("changed")).isPositive();
        assertThat(replan.selectFirst("#changed-count").text()).isEqualTo(String.valueOf(api.getInt("changed")));
        Element proposed = replan.selectFirst("table[aria-label=Proposed meetings]");
        assertThat(proposed.select("tbody tr.changed")).hasSize(api.getInt("changed"));
        assertThat(proposed.selectFirst("tr[data-sequence=2] .badge.locked")).isNotNull();
        assertThat(proposed.selectFirst("tr[data-sequence=2] td.date").text()).contains(TestClock.day("2027-02-24"));
    }

    @Test
    void anInvalidEditShowsTheMessageAndKeepsWhatWasTyped() {
        PlanFixtures.Body b = PlanFixtures.body();
        long id = ((Number) PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2).get("id")).longValue();
        Document form = browser.get("/meetings/" + id + "/edit");

        Response r = browser.submit(form, MEETING_FORM, Map.of("date", TestClock.day("2027-02-25"), "mode", "IN_PERSON",
                "officeId", ""));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#form-errors")).isNotNull();
        assertThat(page.selectFirst("[id=officeId-help]").text()).isEqualTo("Choose the office that hosts this meeting");
        assertThat(page.selectFirst("[id=officeId]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("[id=date]").attr("value")).isEqualTo(TestClock.day("2027-02-25"));
        assertThat(page.selectFirst("[id=mode] option[selected]").attr("value")).isEqualTo("IN_PERSON");
        assertThat(PlanFixtures.meeting(PlanFixtures.plan(b.id()), 2)).containsEntry("locked", false);
    }

    @Test
    void savingAMeetingFormThatSomeoneElseChangedMeanwhileIsAConflict() {
        PlanFixtures.Body b = PlanFixtures.body();
        long id = ((Number) PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2).get("id")).longValue();
        Document mine = browser.get("/meetings/" + id + "/edit");
        Document theirs = browser.get("/meetings/" + id + "/edit");
        assertThat(browser.submit(theirs, MEETING_FORM, Map.of("date", TestClock.day("2027-02-24"))).statusCode()).isEqualTo(303);

        Response r = browser.submit(mine, MEETING_FORM, Map.of("date", TestClock.day("2027-02-22")));

        assertThat(r.statusCode()).isEqualTo(409);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(page.selectFirst("[id=date]").attr("value")).isEqualTo(TestClock.day("2027-02-22"));
        assertThat(PlanFixtures.meeting(PlanFixtures.plan(b.id()), 2).get("start").toString()).startsWith(TestClock.day("2027-02-24"));
    }

    /** Upcoming and past meetings together: the 2027 fixtures move from one table to the other as time passes. */
    private static Element meetings(Document schedule) {
        Element both = new Element("div");
        schedule.select("table[aria-label=Upcoming meetings], table[aria-label=Past meetings]")
                .forEach(t -> both.appendChild(t.clone()));
        return both;
    }

    private static List<String> times(Element table, int sequence) {
        return table.select("tr[data-sequence=" + sequence + "] span.time").eachText();
    }

    /** What the schedule should show for this start: the time in Amsterdam, then in Austin (same day here). */
    private static List<String> expected(ZonedDateTime start) {
        return List.of(HM.format(start.withZoneSameInstant(AMSTERDAM)) + " Amsterdam",
                HM.format(start.withZoneSameInstant(AUSTIN)) + " Austin");
    }
}
