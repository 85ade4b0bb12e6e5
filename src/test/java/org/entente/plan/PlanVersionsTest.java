package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.entente.TestClock;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Accepting a new plan keeps the previous version readable, and only the current one can be edited. */
@QuarkusTest
class PlanVersionsTest {

    private final Browser browser = new Browser();

    @Test
    void thePreviousVersionStaysReadableAndReadOnly() {
        PlanFixtures.Body body = PlanFixtures.body();
        PlanFixtures.accept(body.id());
        Map<String, Object> second = PlanFixtures.meeting(PlanFixtures.plan(body.id()), 2);
        given().contentType(ContentType.JSON)
                .body(Map.of("date", TestClock.day("2027-02-24"), "time", "15:00", "mode", "IN_PERSON", "officeId", body.theirOffice(),
                        "status", "PLANNED", "version", second.get("version")))
                .put("/api/meetings/" + second.get("id")).then().statusCode(200);
        PlanFixtures.accept(body.id());

        Document current = browser.get("/bodies/" + body.id() + "/schedule");
        assertThat(current.select("ul[aria-label='Plan versions'] li")).hasSize(2);
        assertThat(current.selectFirst("#old-version")).isNull();
        assertThat(current.select("a[aria-label^=Edit meeting]")).isNotEmpty();

        Document first = browser.get("/bodies/" + body.id() + "/schedule?version=1");
        assertThat(first.selectFirst("#old-version").text()).contains("plan version 1");
        assertThat(first.select("a[aria-label^=Edit meeting]")).isEmpty();
        assertThat(first.select("table[aria-label='Upcoming meetings'] tbody tr, table[aria-label='Past meetings'] tbody tr"))
                .hasSize(24);
        assertThat(first.selectFirst("h1 + p").text()).startsWith("Plan version 1");
        assertThat(current.selectFirst("h1 + p").text()).startsWith("Plan version 2");
        assertThat(current.select("tr[data-sequence=2] td.date").text()).contains(TestClock.day("2027-02-24"));
    }

    @Test
    void anUnknownVersionIs404() {
        PlanFixtures.Body body = PlanFixtures.body();
        PlanFixtures.accept(body.id());
        assertThat(browser.raw("/bodies/" + body.id() + "/schedule?version=7").statusCode()).isEqualTo(404);
    }
}
