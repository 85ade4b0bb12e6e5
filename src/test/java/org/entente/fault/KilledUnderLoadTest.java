package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.fault.FaultFixtures.MEETINGS;
import static org.entente.fault.FaultFixtures.accept;

/**
 * The database is killed (kill -9) at an unplanned moment while six clients edit meetings and one re-plans a body as
 * fast as they can, then restarted. Each client's last acknowledged write is there; the one in flight at the kill is
 * either there whole (committed, answer lost) or not at all; every stored plan has all its meetings.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
@ExtendWith(NeedsMariadbd.class)
class KilledUnderLoadTest {

    private static final int EDITORS = 6;
    private static final int ACKS_BEFORE_KILL = 5;

    PrivateMariaDb db;

    /** One client editing one meeting: what it was last told was saved, and what it sent when the answer failed. */
    static final class Editor {
        final long meetingId;
        Map<String, Object> acknowledged;
        String unanswered;
        volatile int acks;

        Editor(Map<String, Object> meeting) {
            this.meetingId = ((Number) meeting.get("id")).longValue();
            this.acknowledged = meeting;
        }

        void run() {
            for (int round = 1; round < 100_000; round++) {
                String venue = "Venue " + meetingId + "/" + round;
                Http.Answer a = Http.sendJson("PUT", "/api/meetings/" + meetingId,
                        FaultFixtures.json(FaultFixtures.edit(acknowledged, venue, null, null)));
                if (a.status() != 200) {
                    unanswered = venue;
                    return;
                }
                acknowledged = JsonPath.from(a.body()).getMap("");
                acks++;
            }
        }
    }

    @Test
    void killedUnderLoadEveryAcknowledgedWriteSurvivesAndNoneIsHalfWritten() throws Exception {
        FaultFixtures.Body edited = FaultFixtures.body();
        FaultFixtures.Body replanned = FaultFixtures.body();
        assertThat(accept(edited.id())).isEqualTo(201);
        assertThat(accept(replanned.id())).isEqualTo(201);
        List<Editor> editors = IntStream.rangeClosed(2, EDITORS + 1)
                .mapToObj(seq -> new Editor(FaultFixtures.meeting(edited.id(), seq))).toList();
        int[] acknowledgedPlan = {1};

        ExecutorService threads = Executors.newFixedThreadPool(EDITORS + 1);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        editors.forEach(e -> clients.add(CompletableFuture.runAsync(e::run, threads)));
        clients.add(CompletableFuture.runAsync(() -> {
            while (Http.sendJson("POST", "/api/bodies/" + replanned.id() + "/plan", "{}").status() == 201) {
                acknowledgedPlan[0]++;
            }
        }, threads));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (editors.stream().anyMatch(e -> e.acks < ACKS_BEFORE_KILL) && System.nanoTime() < deadline) {
            PrivateMariaDb.sleep(20);
        }
        db.kill9();
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
        threads.shutdown();
        db.restart();

        for (Editor e : editors) {
            Map<String, Object> stored = given().get("/api/meetings/" + e.meetingId).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            long acknowledgedVersion = ((Number) e.acknowledged.get("version")).longValue();
            long storedVersion = ((Number) stored.get("version")).longValue();
            assertThat(e.acks).as("edits acknowledged before the kill").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            if (storedVersion == acknowledgedVersion) {
                assertThat(stored).as("the last acknowledged edit").isEqualTo(e.acknowledged);
            } else {
                assertThat(storedVersion).as("at most the unanswered edit on top").isEqualTo(acknowledgedVersion + 1);
                assertThat(stored.get("venueAddress")).as("the unanswered edit, whole").isEqualTo(e.unanswered);
            }
        }
        try (Connection c = db.connect()) {
            Map<Integer, Integer> plans = FaultFixtures.meetingsPerPlanVersion(c, replanned.id());
            int stored = plans.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(stored).as("the last acknowledged plan version, or the unanswered one on top")
                    .isBetween(acknowledgedPlan[0], acknowledgedPlan[0] + 1);
            assertThat(plans.keySet()).as("no version missing").hasSize(stored);
            assertThat(plans.values()).as("every stored plan whole").allMatch(n -> n == MEETINGS);
        }
        System.out.printf("Killed under load: %d edits and %d plan versions acknowledged before the kill%n",
                editors.stream().mapToInt(e -> e.acks).sum(), acknowledgedPlan[0]);
    }
}
