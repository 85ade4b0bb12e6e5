package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.fault.FaultFixtures.accept;

/**
 * 50 clients edit the same meeting, then the same body, at the same instant, each with its own values and the version
 * they all read. In every round exactly one wins and the other 49 are told 409; the losers read again and retry in the
 * next round. The stored state is the last winner's, and the version has counted up once per winner. And a name that
 * another client saves while this one is saving it (after this one's check found it free) is a 409 naming the field,
 * through the API and on the form. Runs on the suite's normal database.
 */
@QuarkusTest
class ConcurrencyStormTest {

    private static final int CLIENTS = 50;
    private static final int ROUNDS = 3;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(CLIENTS);

    @AfterAll
    static void stopClients() {
        POOL.shutdownNow();
    }

    @Test
    void fiftyConcurrentEditsOfOneMeetingWinOncePerVersion() throws Exception {
        FaultFixtures.Body body = FaultFixtures.body();
        assertThat(accept(body.id())).isEqualTo(201);
        long id = ((Number) FaultFixtures.meeting(body.id(), 1).get("id")).longValue();
        String path = "/api/meetings/" + id;

        Map<String, Object> last = storm(path, (client, current) -> {
            Map<String, Object> edit = FaultFixtures.edit(current, "Storm venue " + client, null, null);
            edit.put("time", String.format("%02d:%02d", 8 + client / 60, client % 60));
            return edit;
        });

        Map<String, Object> stored = read(path);
        assertThat(stored.get("venueAddress")).isEqualTo(last.get("venueAddress"));
        assertThat(stored.get("time").toString()).startsWith(last.get("time").toString());
    }

    @Test
    void fiftyConcurrentEditsOfOneBodyWinOncePerVersion() throws Exception {
        FaultFixtures.Body body = FaultFixtures.body();
        String path = "/api/bodies/" + body.id();

        Map<String, Object> last = storm(path, (client, current) -> {
            Map<String, Object> edit = new HashMap<>(current);
            edit.put("name", "Storm board " + client);
            @SuppressWarnings("unchecked")
            Map<String, Object> cadence = new HashMap<>((Map<String, Object>) edit.get("cadence"));
            cadence.put("count", 10 + client);
            edit.put("cadence", cadence);
            return edit;
        });

        Map<String, Object> stored = read(path);
        assertThat(stored.get("name")).isEqualTo(last.get("name"));
        assertThat(stored.get("cadence")).isEqualTo(last.get("cadence"));
    }

    @Test
    void aNameSavedByAnotherClientWhileThisOneSavesItIsAnswered409NamingTheField() throws Exception {
        String name = TestData.unique("Race");

        Http.Answer api = withTheSameNameCommittedMeanwhile(name,
                () -> Http.sendJson("POST", "/api/alliances", "{\"name\":\"" + name + "\",\"status\":\"FORMING\"}"));

        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.contentType()).startsWith("application/problem+json");
        JsonPath problem = JsonPath.from(api.body());
        assertThat(problem.getString("title")).isEqualTo("Conflicting data");
        assertThat(problem.getString("instance")).isEqualTo("/api/alliances");
        assertThat(problem.getList("errors.field")).containsExactly("name");
        DatabaseDownTest.assertNoInternals(api);
    }

    @Test
    void onTheFormANameSavedMeanwhileMarksTheFieldAndKeepsWhatWasTyped() throws Exception {
        String name = TestData.unique("Race");
        Browser browser = new Browser();
        Document form = browser.get("/alliances/new");

        Response r = withTheSameNameCommittedMeanwhile(name, () -> browser.submit(form, "form[aria-label=Alliance]",
                Map.of("name", name, "purpose", "Typed while someone else took the name")));

        assertThat(r.statusCode()).isEqualTo(409);
        Document again = Browser.parse(r);
        assertThat(again.selectFirst("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.selectFirst("#name-help").text()).contains("at the same time");
        assertThat(again.selectFirst("#purpose").text()).isEqualTo("Typed while someone else took the name");
    }

    /**
     * Inserts an alliance named {@code name} in a transaction of the test's own, leaves it uncommitted while
     * {@code request} runs (its name check sees nothing, its INSERT waits on the uncommitted key), then commits it:
     * the request's INSERT fails on uk_alliance_name.
     */
    private static <T> T withTheSameNameCommittedMeanwhile(String name, Callable<T> request) throws Exception {
        try (Connection other = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "root", "")) {
            other.setAutoCommit(false);
            try (PreparedStatement s = other.prepareStatement("INSERT INTO alliance (name, status) VALUES (?, 'FORMING')")) {
                s.setString(1, name);
                s.executeUpdate();
            }
            Future<T> answer = POOL.submit(request);
            FaultFixtures.awaitLockWait(other);
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs {@link #ROUNDS} rounds: every client that has not won yet builds its edit of what all read at the start of
     * the round, waits at the gate, and PUTs it. Returns the edit of the last round's winner.
     */
    private static Map<String, Object> storm(String path,
            BiFunction<Integer, Map<String, Object>, Map<String, Object>> editOf) throws Exception {
        long initial = version(read(path));
        List<Integer> waiting = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            waiting.add(c);
        }
        Map<String, Object> lastWin = null;
        for (int round = 1; round <= ROUNDS; round++) {
            CountDownLatch ready = new CountDownLatch(waiting.size());
            CountDownLatch gate = new CountDownLatch(1);
            Map<Integer, Future<Http.Answer>> answers = new HashMap<>();
            Map<Integer, Map<String, Object>> edits = new HashMap<>();
            Map<String, Object> current = read(path);
            for (int client : waiting) {
                Map<String, Object> edit = editOf.apply(client, current);
                edits.put(client, edit);
                String json = FaultFixtures.json(edit);
                answers.put(client, POOL.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return Http.sendJson("PUT", path, json);
                }));
            }
            ready.await();
            gate.countDown();
            List<Integer> winners = new ArrayList<>();
            for (var a : answers.entrySet()) {
                Http.Answer answer = a.getValue().get();
                assertThat(answer.status()).as("round %d, client %d: %s", round, a.getKey(), answer.body())
                        .isIn(200, 409);
                if (answer.status() == 200) {
                    winners.add(a.getKey());
                    assertThat(version(JsonPath.from(answer.body()).getMap("")))
                            .isEqualTo(version(edits.get(a.getKey())) + 1);
                }
            }
            assertThat(winners).as("winners of round %d (all sent version %d)", round,
                    version(edits.values().iterator().next())).hasSize(1);
            assertThat(edits.values()).extracting(ConcurrencyStormTest::version).containsOnly(initial + round - 1);
            lastWin = edits.get(winners.get(0));
            waiting.remove(winners.get(0));
        }
        assertThat(version(read(path))).as("one version per winner").isEqualTo(initial + ROUNDS);
        return lastWin;
    }

    private static Map<String, Object> read(String path) {
        return new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
    }

    private static long version(Map<String, Object> json) {
        return ((Number) json.get("version")).longValue();
    }
}
