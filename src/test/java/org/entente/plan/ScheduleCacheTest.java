package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.entente.TestData;
import org.entente.account.Users;
import org.entente.web.DirectReads;
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
        String path = "/bodies/" + b.id() + "/schedule";
        String first = page(path);

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long direct = directReads.count();
        String again = page(path);

        assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));
        assertThat(statistics.getEntityStatistics(Meeting.class.getName()).getLoadCount()).as("meetings loaded").isZero();
        assertThat(statistics.getEntityStatistics(Plan.class.getName()).getLoadCount()).as("plans loaded").isZero();
        assertThat(statistics.getPrepareStatementCount() + directReads.count() - direct)
                .as("statements: the caller's API token, the cache stamp and the feed status").isEqualTo(3);
    }

    @Test
    void aMeetingEditShowsAtOnce() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> second = PlanFixtures.meeting(PlanFixtures.accept(b.id()), 2);
        String path = "/bodies/" + b.id() + "/schedule";
        assertThat(page(path)).doesNotContain("locked</span>");

        String nextDay = OffsetDateTime.parse((String) second.get("start")).toLocalDate().plusDays(1).toString();
        given().contentType(ContentType.JSON).body(Map.of("date", nextDay, "time", "15:00", "mode", "IN_PERSON",
                        "officeId", b.theirOffice(), "version", second.get("version")))
                .put("/api/meetings/" + second.get("id")).then().statusCode(200);

        assertThat(page(path)).contains(nextDay).contains("locked</span>");
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
        String before = page(path);
        assertThat(before).contains("Plan");

        String nextDay = OffsetDateTime.parse((String) second.get("start")).toLocalDate().plusDays(1).toString();
        given().contentType(ContentType.JSON).body(Map.of("date", nextDay, "time", "15:00", "mode", "IN_PERSON",
                        "officeId", b.theirOffice(), "version", second.get("version")))
                .put("/api/meetings/" + second.get("id")).then().statusCode(200);
        assertThat(page(path)).contains(nextDay);

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
        String path = "/alliances/" + b.alliance().id() + "/plan";
        String first = page(path);

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long direct = directReads.count();
        String again = page(path);

        assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));
        assertThat(statistics.getEntityStatistics(Meeting.class.getName()).getLoadCount()).as("meetings loaded").isZero();
        assertThat(statistics.getPrepareStatementCount() + directReads.count() - direct)
                .as("statements: the caller's API token and the cache stamp").isEqualTo(2);
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
