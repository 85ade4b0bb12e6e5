package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The schedule costs the same few SQL statements for a short plan and a long one: no statement per meeting. */
@QuarkusTest
class ScheduleQueryCountTest {

    /** Measured: 6 (body, alliance, its partners, offices and people, the current plan, its meetings). */
    static final int MOST = 8;

    @Inject
    EntityManagerFactory entityManagerFactory;

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
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
