package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.entente.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database process is stopped (SIGSTOP): it keeps its connections open and answers nothing. Requests must fail
 * with 503 within the configured timeouts instead of piling up, readiness goes DOWN, liveness stays UP, and when the
 * process resumes (SIGCONT) the app carries on without a restart.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
@ExtendWith(NeedsMariadbd.class)
class DatabaseHangTest {

    /** More requests at once than the pool has connections (16), pages and API alike. */
    private static final int CONCURRENT = 40;
    /**
     * The longest a request may take against a stopped database: validation (2 s) + acquisition timeout (3 s) +
     * connect timeout (3 s) or socket timeout (10 s), whichever applies, plus a margin for a busy build machine.
     */
    private static final long HANG_ANSWER_MILLIS = 20_000;

    PrivateMariaDb db;

    @Test
    void aStoppedDatabaseFailsRequestsWithinTheTimeoutAndTheAppCarriesOnWhenItResumes() throws Exception {
        long alliance = TestData.alliance();
        Http.get("/alliances/" + alliance, "text/html");

        List<Http.Answer> answers = new ArrayList<>();
        Http.Answer live;
        Http.Answer ready;
        db.freeze();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Future<Http.Answer>> pending = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                String path = (i % 2 == 0 ? "/alliances/" : "/api/alliances/") + alliance;
                String accept = i % 2 == 0 ? "text/html" : "application/json";
                pending.add(clients.submit(() -> Http.get(path, accept)));
            }
            live = Http.get("/q/health/live", "application/json");
            ready = Http.get("/q/health/ready", "application/json");
            for (Future<Http.Answer> f : pending) {
                answers.add(f.get());
            }
        } finally {
            clients.shutdownNow();
            db.resume();
        }

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.retryAfter()).isEqualTo("5");
            assertThat(a.millis()).as("answered while the database hangs").isLessThan(HANG_ANSWER_MILLIS);
            DatabaseDownTest.assertNoInternals(a);
        });
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.millis()).as("liveness does not wait for the database").isLessThan(2_000);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.body()).contains("\"status\": \"DOWN\"");
        assertThat(ready.millis()).isLessThan(HANG_ANSWER_MILLIS);

        Http.Answer first = Http.get("/api/alliances/" + alliance, "application/json");
        assertThat(first.status()).as("the first request after the database resumed").isEqualTo(200);
        assertThat(Http.get("/alliances/" + alliance, "text/html").status()).isEqualTo(200);
        assertThat(Http.get("/q/health/ready", "application/json").status()).isEqualTo(200);
        System.out.printf("Stopped database: %d requests answered 503 in %d..%d ms%n", answers.size(),
                answers.stream().mapToLong(Http.Answer::millis).min().orElse(0),
                answers.stream().mapToLong(Http.Answer::millis).max().orElse(0));
    }
}
