package org.entente;

import org.entente.fault.NeedsMariadbd;
import org.entente.fault.PrivateMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged app (child JVMs, prod profile) against one MariaDB, with the housekeeping job set to
 * fire every second. Every firing runs on exactly one instance (one job_run row per scheduled second, both
 * schedulers checked in to the cluster), and when the instance that is running the job is killed the other carries on
 * alone; a login session made on one instance works on the other (sessions are rows in the shared database).
 * Runs in the integration-test phase, after packaging.
 */
@ExtendWith(NeedsMariadbd.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final int FIRINGS = 15;

    private static PrivateMariaDb db;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        assertThat(AppProcess.JAR).as("the packaged app (the package phase runs before this test)").exists();
        db = PrivateMariaDb.start("entente_cluster");
        a = AppProcess.start("instance-a", db.jdbcUrl(), settings("instance-a"));
        b = AppProcess.start("instance-b", db.jdbcUrl(), settings("instance-b"));
        a.awaitReady(START_LIMIT);
        b.awaitReady(START_LIMIT);
    }

    /** Production settings, but housekeeping every second and a readable Quartz instance id. */
    private static Map<String, String> settings(String name) {
        return Map.of("entente.housekeeping.cron", "* * * * * ?", "quarkus.quartz.instance-id", name);
    }

    @AfterAll
    static void stopAll() {
        AppProcess.closeAll(b, a, db);
    }

    @Test
    @Order(1)
    void eachFiringOfTheTimedJobRunsOnExactlyOneInstance() throws Exception {
        double skippedBefore = skipped(a) + skipped(b);
        LocalDateTime from = utcNow();
        List<Run> runs = awaitRuns(from, FIRINGS, Duration.ofSeconds(90));

        assertThat(duplicateFirings()).as("firings recorded more than once").isEmpty();
        assertThat(skipped(a) + skipped(b) - skippedBefore)
                .as("firings Quartz handed to both instances (each claimed and skipped by the second)").isZero();
        assertThat(instancesCheckedIn()).containsExactlyInAnyOrder("instance-a", "instance-b");
        LocalDateTime first = runs.get(0).scheduledAt();
        LocalDateTime last = runs.get(runs.size() - 1).scheduledAt();
        assertThat(runs).as("one run for every second from the first to the last")
                .hasSize((int) Duration.between(first, last).toSeconds() + 1);
        System.out.printf("Two instances: %d firings, by instance %s%n", runs.size(), byInstance(runs));
    }

    @Test
    @Order(2)
    void aSessionStartedOnEitherInstanceWorksOnTheOther() {
        String session = a.logIn(AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD);
        var onB = b.get("/profile", session);
        assertThat(onB.statusCode()).as("the profile page on the other instance").isEqualTo(200);
        assertThat(onB.body()).contains(AppProcess.ADMIN_EMAIL);

        String second = b.logIn(AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD);
        assertThat(a.get("/profile", second).statusCode()).isEqualTo(200);
        var anonymous = a.get("/profile", "not-a-session");
        assertThat(anonymous.statusCode()).as("no session: to the login page").isEqualTo(303);
    }

    @Test
    @Order(3)
    void whenTheInstanceRunningTheJobIsKilledTheOtherTakesOver() throws Exception {
        List<Run> before = runsSince(utcNow().minusMinutes(10));
        String active = before.get(before.size() - 1).instance();
        AppProcess victim = active.equals(a.name) ? a : b;
        AppProcess survivor = victim == a ? b : a;
        victim.kill9();
        LocalDateTime killedAt = utcNow();

        List<Run> after = awaitRuns(killedAt.plusSeconds(1), FIRINGS, Duration.ofSeconds(120));

        assertThat(after).extracting(Run::instance).containsOnly(survivor.name);
        LocalDateTime first = after.get(0).scheduledAt();
        assertThat(after).as("after the take-over, one run for every second")
                .hasSize((int) Duration.between(first, after.get(after.size() - 1).scheduledAt()).toSeconds() + 1);
        assertThat(duplicateFirings()).as("firings recorded more than once").isEmpty();
        assertThat(survivor.get("/q/health/ready")).isEqualTo(200);
        System.out.printf("Fail-over: %s killed, first run on %s %d ms later%n", victim.name, survivor.name,
                Duration.between(killedAt, after.get(0).startedAt()).toMillis());
    }

    private static double skipped(AppProcess instance) {
        return instance.metric("entente_jobs_skipped_total");
    }

    /** One row of job_run. */
    record Run(LocalDateTime scheduledAt, LocalDateTime startedAt, String instance) {
    }

    /** Waits until {@code count} housekeeping runs scheduled at or after {@code from} are recorded; returns them in order. */
    private static List<Run> awaitRuns(LocalDateTime from, int count, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Run> runs = List.of();
        while (System.nanoTime() < deadline) {
            runs = runsSince(from);
            if (runs.size() >= count) {
                return runs;
            }
            PrivateMariaDb.sleep(500);
        }
        throw new AssertionError("Only " + runs.size() + " runs since " + from + " within " + limit
                + "; see " + a.log + " and " + b.log);
    }

    private static List<Run> runsSince(LocalDateTime from) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT scheduled_at, started_at, "
                + "instance FROM job_run WHERE job = 'housekeeping' AND scheduled_at >= ? ORDER BY scheduled_at")) {
            s.setTimestamp(1, Timestamp.valueOf(from));
            List<Run> runs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.add(new Run(r.getTimestamp(1).toLocalDateTime(), r.getTimestamp(2).toLocalDateTime(),
                            r.getString(3)));
                }
            }
            return runs;
        }
    }

    private static List<String> duplicateFirings() throws SQLException {
        return strings("SELECT CONCAT(scheduled_at, ' x', COUNT(*)) FROM job_run WHERE job = 'housekeeping' "
                + "GROUP BY scheduled_at HAVING COUNT(*) > 1");
    }

    private static List<String> instancesCheckedIn() throws SQLException {
        return strings("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE");
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }

    private static Map<String, Integer> byInstance(List<Run> runs) {
        Map<String, Integer> counts = new TreeMap<>();
        runs.forEach(r -> counts.merge(r.instance(), 1, Integer::sum));
        return counts;
    }

    private static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
