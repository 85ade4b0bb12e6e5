package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.entente.TestData;
import org.entente.account.Users;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * The expensive answers (PDF, iCalendar files and feeds, the plan preview) are limited per caller: one caller who asks
 * too often gets 429 with Retry-After, another caller is not affected, and once the budget has refilled (the clock
 * moved on) the first caller is served again.
 */
@QuarkusTest
@TestProfile(RequestBudgetsTest.SmallBudgets.class)
class RequestBudgetsTest {

    private static final int BUDGET = 3;

    /** Budgets of {@value #BUDGET} requests per minute, and a clock that moves only when the test says so. */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.rate-limit.pdf.requests", String.valueOf(BUDGET),
                    "entente.rate-limit.calendar.requests", String.valueOf(BUDGET),
                    "entente.rate-limit.preview.requests", String.valueOf(BUDGET),
                    "entente.rate-limit.pdf.per", "1M", "entente.rate-limit.calendar.per", "1M",
                    "entente.rate-limit.preview.per", "1M");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }
    }

    @Inject
    Clock clock;

    /** Every budget is full at the start of each test: a minute refills it whatever the last test spent. */
    @BeforeEach
    void refill() {
        ((MovableClock) clock).advance(Duration.ofMinutes(1));
    }

    @Test
    void aUserWhoDownloadsTooManyPdfsGets429AndAPageWhileAnotherUserStillGetsThePdf() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = planned(a);
        String member = Logins.tokenFor(Users.withRole(a.id(), "MEMBER"), Users.PASSWORD);
        String pdf = "/bodies/" + body + "/plan.pdf";

        Response refused = exhaust(() -> given().get(pdf));

        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(Browser.parse(refused).getElementById("error-title").text()).isEqualTo("Too many requests");
        assertThat(Logins.as(member).get(pdf).statusCode()).as("another user's PDF").isEqualTo(200);
        ((MovableClock) clock).advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
        assertThat(given().get(pdf).statusCode()).as("after Retry-After").isEqualTo(200);
    }

    @Test
    void theApiPreviewIsLimitedWithAProblemAndTheCalendarFileKeepsItsOwnBudget() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = planned(a);

        Response refused = exhaust(() -> given().contentType(ContentType.JSON).post("/api/bodies/" + body + "/plan/preview"));

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(given().get("/bodies/" + body + "/calendar.ics").statusCode()).as("the .ics budget").isEqualTo(200);
        assertThat(given().get("/bodies/" + body + "/schedule").statusCode()).as("an ordinary page").isEqualTo(200);
        ((MovableClock) clock).advance(Duration.ofMinutes(1));
        assertThat(given().contentType(ContentType.JSON).post("/api/bodies/" + body + "/plan/preview").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSecretFeedIsLimitedPerFeedAndAnotherFeedStillAnswers() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        String first = feed(planned(a));
        String second = feed(planned(a));

        Response refused = exhaust(() -> Logins.anonymous().get(first));

        assertThat(Logins.anonymous().get(second).statusCode()).as("another feed").isEqualTo(200);
        ((MovableClock) clock).advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
        assertThat(Logins.anonymous().get(first).statusCode()).as("after Retry-After").isEqualTo(200);
    }

    /** Sends the request until the budget is spent; answers the first refusal after checking what it says. */
    private static Response exhaust(Supplier<Response> request) {
        for (int i = 0; i < BUDGET; i++) {
            assertThat(request.get().statusCode()).as("request %d of the budget", i + 1).isEqualTo(200);
        }
        Response refused = request.get();
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        return refused;
    }

    private static long planned(TestData.Alliance a) {
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Board")));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        return body;
    }

    /** Issues a feed address for the body the way its schedule page does; answers the feed's path. */
    private static String feed(long body) {
        Browser browser = new Browser();
        Document page = browser.get("/bodies/" + body + "/schedule");
        Document shown = Browser.parse(browser.submit(page, "form[aria-label=New feed address]", Map.of()));
        return shown.getElementById("feed-url").attr("value").replaceFirst("^https?://[^/]+", "");
    }
}
