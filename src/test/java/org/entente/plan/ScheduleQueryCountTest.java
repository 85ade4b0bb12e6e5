package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.entente.TestData;
import org.entente.platform.DirectReads;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The schedule costs the same few SQL statements for a short plan and a long one: no statement per meeting. */
@QuarkusTest
class ScheduleQueryCountTest {

    /**
     * Measured: 3 on the schedule page once it is cached (the caller's token, the cache's stamp and the feed status,
     * see ScheduleCacheTest; 10 when it is rendered), 7 for the API: the caller's token (one lookup per request,
     * see docs/adr/0004), the body, the alliance, its partners and offices, the current plan (twice) and its
     * meetings. Statements sent straight through JDBC ({@link DirectReads}) count too.
     */
    static final int MOST = 9;

    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    DirectReads directReads;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/bodies/%d/schedule", "/api/bodies/%d/plan"})
    void aPlanOf50MeetingsCostsAsManyStatementsAsAPlanOf6(String page) {
        long six = acceptedBody(6);
        long fifty = acceptedBody(50);

        long forSix = statements(page.formatted(six));
        long forFifty = statements(page.formatted(fifty));

        System.out.printf("SQL statements for %s: %d with 6 meetings, %d with 50%n", page, forSix, forFifty);
        assertThat(forFifty).as("statements with 50 meetings vs 6").isEqualTo(forSix);
        assertThat(forSix).isPositive().isLessThanOrEqualTo(MOST);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/alliances/%d/plan", "/alliances/%d/calendar.ics", "/alliances/%d/plan/print"})
    void anAllianceOfThreeBodiesCostsAsManyStatementsAsOneOfOne(String page) {
        PlanFixtures.Body only = PlanFixtures.body(Map.of("count", 6));
        PlanFixtures.accept(only.id());
        long one = only.alliance().id();
        PlanFixtures.Body first = PlanFixtures.body(Map.of("count", 6));
        PlanFixtures.accept(first.id());
        for (int i = 0; i < 2; i++) {
            long more = TestData.create("/api/alliances/" + first.alliance().id() + "/bodies",
                    TestData.bodyJson(first.alliance(), TestData.unique("Working group")));
            PlanFixtures.accept(more);
        }
        PlanFixtures.accept(PlanFixtures.body(Map.of("count", 6)).id()); // a plan elsewhere must not count

        long forOne = statements(page.formatted(one));
        long forThree = statements(page.formatted(first.alliance().id()));

        System.out.printf("SQL statements for %s: %d with 1 body, %d with 3%n", page, forOne, forThree);
        assertThat(forThree).as("statements with 3 bodies vs 1").isEqualTo(forOne);
    }

    private static long acceptedBody(int meetings) {
        PlanFixtures.Body b = PlanFixtures.body(Map.of("count", meetings));
        assertThat(PlanFixtures.accept(b.id()).getList("meetings")).hasSize(meetings);
        return b.id();
    }

    private long statements(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        given().get(path).then().statusCode(200); // warm: the first request may load caches (e.g. icebreakers)
        statistics.clear();
        long direct = directReads.count();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() + directReads.count() - direct;
    }
}
