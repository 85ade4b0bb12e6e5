package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.entente.TestData;
import org.entente.account.Users;
import org.entente.platform.DirectReads;
import org.entente.web.Logins;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * The schedule page and the alliance plan are rendered once and then served from {@link ScheduleCache} while their
 * data is unchanged: every change that shows on the page (to the meetings, a new plan, the body, the alliance, a
 * partner, an office) shows at once on the next request, and a viewer who may only read never gets the page of one
 * who may edit.
 */
@QuarkusTest
class ScheduleCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    DirectReads directReads;

    @Test
    void aRepeatedViewIsServedFromTheCacheWithoutReadingThePlanAgain() {
        PlanFixtures.Body b = PlanFixtures.body(Map.of("count", 30));
        PlanFixtures.accept(b.id());
        RepeatedView view = viewTwice("/bodies/" + b.id() + "/schedule");

        assertThat(view.loads(Meeting.class)).as("meetings loaded").isZero();
        assertThat(view.loads(Plan.class)).as("plans loaded").isZero();
        assertThat(view.statements()).as("statements: the caller's API token, the cache stamp and the feed status")
                .isEqualTo(3);
    }

    @Test
    void aMeetingEditShowsAtOnce() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> second = PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2);
        String path = "/bodies/" + b.id() + "/schedule";
        assertThat(page(path)).doesNotContain(nextDay(second)).doesNotContain("locked</span>");

        moveToNextDay(b, second);

        assertThat(page(path)).contains(nextDay(second)).contains("locked</span>");
    }

    @Test
    void renamingTheBodyTheAllianceAPartnerOrAnOfficeShowsAtOnce() {
        PlanFixtures.Body b = PlanFixtures.body();
        PlanFixtures.accept(b.id());
        String path = "/bodies/" + b.id() + "/schedule";
        page(path);

        rename("/api/bodies/" + b.id(), "name", "Renamed body");
        assertThat(page(path)).contains("Renamed body");
        rename("/api/alliances/" + b.alliance().id(), "name", "Renamed alliance");
        assertThat(page(path)).contains("Renamed alliance");
        rename("/api/partners/" + b.theirs(), "name", "Renamed partner");
        assertThat(page(path)).contains("Renamed partner");
        rename("/api/offices/" + b.theirOffice(), "city", "Houston");
        assertThat(page(path)).contains("Houston").doesNotContain(">Austin");
    }

    @Test
    void aNewPlanVersionShowsAtOnce() {
        PlanFixtures.Body b = PlanFixtures.body();
        PlanFixtures.accept(b.id());
        String path = "/bodies/" + b.id() + "/schedule";
        assertThat(page(path)).contains("Plan version 1");

        PlanFixtures.accept(b.id());

        assertThat(page(path)).contains("Plan version 2");
    }

    @Test
    void aMemberIsNotServedTheManagersPage() {
        PlanFixtures.Body b = PlanFixtures.body();
        PlanFixtures.accept(b.id());
        String path = "/bodies/" + b.id() + "/schedule";
        assertThat(page(path)).contains("id=\"generate-plan\"").contains("/edit\"");

        String member = Users.withRole(b.alliance().id(), "MEMBER");
        String seenByMember = Logins.as(Logins.tokenFor(member, Users.PASSWORD)).get(path).then().statusCode(200)
                .extract().asString();

        assertThat(seenByMember).doesNotContain("id=\"generate-plan\"").doesNotContain("/edit\"");
        assertThat(page(path)).contains("id=\"generate-plan\"");
    }

    @Test
    void theAlliancePlanShowsAMeetingEditARenamedBodyAndANewBodysPlanAtOnce() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> second = PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2);
        String path = "/alliances/" + b.alliance().id() + "/plan";
        assertThat(page(path)).doesNotContain(nextDay(second));

        moveToNextDay(b, second);
        assertThat(page(path)).contains(nextDay(second));

        rename("/api/bodies/" + b.id(), "name", "Renamed body");
        assertThat(page(path)).contains("Renamed body");

        long more = TestData.create("/api/alliances/" + b.alliance().id() + "/bodies",
                TestData.bodyJson(b.alliance(), "Second body"));
        assertThat(page(path)).doesNotContain("Second body");
        PlanFixtures.accept(more);
        assertThat(page(path)).contains("Second body");
    }

    @Test
    void aRepeatedViewOfTheAlliancePlanReadsNoMeetings() {
        PlanFixtures.Body b = PlanFixtures.body();
        PlanFixtures.accept(b.id());
        RepeatedView view = viewTwice("/alliances/" + b.alliance().id() + "/plan");

        assertThat(view.loads(Meeting.class)).as("meetings loaded").isZero();
        assertThat(view.statements()).as("statements: the caller's API token and the cache stamp").isEqualTo(2);
    }

    /** The statistics of the second of two views of a page, which must show the same as the first. */
    record RepeatedView(Statistics statistics, long statements) {
        long loads(Class<?> entity) {
            return statistics.getEntityStatistics(entity.getName()).getLoadCount();
        }
    }

    private RepeatedView viewTwice(String path) {
        String first = page(path);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long direct = directReads.count();
        String again = page(path);
        assertThat(withoutTokens(again)).as("the repeated view").isEqualTo(withoutTokens(first));
        return new RepeatedView(statistics, statistics.getPrepareStatementCount() + directReads.count() - direct);
    }

    private static String nextDay(Map<String, Object> meeting) {
        return OffsetDateTime.parse((String) meeting.get("start")).toLocalDate().plusDays(1).toString();
    }

    /** Moves the meeting to the next day, in person at the other partner's office (which locks it). */
    private static void moveToNextDay(PlanFixtures.Body b, Map<String, Object> meeting) {
        given().contentType(ContentType.JSON).body(Map.of("date", nextDay(meeting), "time", "15:00", "mode", "IN_PERSON",
                        "officeId", b.theirOffice(), "version", meeting.get("version")))
                .put("/api/meetings/" + meeting.get("id")).then().statusCode(200);
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
    }

    private static void rename(String path, String field, String value) {
        Map<String, Object> json = new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
        json.put(field, value);
        given().contentType(ContentType.JSON).body(json).put(path).then().statusCode(200);
    }
}
