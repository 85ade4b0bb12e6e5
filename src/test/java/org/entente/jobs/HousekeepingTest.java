package org.entente.jobs;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.entente.TestClock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily housekeeping: what one run does, that a firing runs once however often it is fired, and that Quartz keeps
 * its trigger in the clustered JDBC store.
 */
@QuarkusTest
class HousekeepingTest {

    @Inject
    HousekeepingService housekeeping;

    @Inject
    Scheduler scheduler;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void aRunIsRecordedAndRunsOlderThanNinetyDaysArePurged() {
        LocalDateTime now = TestClock.nowUtc();
        long old = QuarkusTransaction.requiringNew().call(() -> earlierRun(now.minusDays(91)));
        long recent = QuarkusTransaction.requiringNew().call(() -> earlierRun(now.minusDays(89)));
        Instant fire = Instant.parse("2027-03-01T03:15:00Z");

        JobRun run = housekeeping.housekeep(fire).orElseThrow();

        assertThat(run.purged).isGreaterThanOrEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat((JobRun) JobRun.findById(old)).as("older than entente.housekeeping.keep-runs").isNull();
            assertThat((JobRun) JobRun.findById(recent)).isNotNull();
            JobRun stored = JobRun.findById(run.id);
            assertThat(stored.job).isEqualTo("housekeeping");
            assertThat(stored.scheduledAt).isEqualTo(LocalDateTime.of(2027, 3, 1, 3, 15));
            assertThat(stored.instance).as("the Quartz instance id").isNotBlank();
            assertThat(stored.finishedAt).isAfterOrEqualTo(stored.startedAt);
        });
    }

    @Test
    void aSecondFiringOfTheSameScheduledTimeIsSkipped() {
        Instant fire = Instant.parse("2027-03-02T03:15:00Z");
        double skippedBefore = skipped();

        assertThat(housekeeping.housekeep(fire)).isPresent();
        assertThat(housekeeping.housekeep(fire)).as("claimed already").isEmpty();

        assertThat(skipped() - skippedBefore).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> assertThat(
                JobRun.count("job = ?1 and scheduledAt = ?2", "housekeeping", LocalDateTime.of(2027, 3, 2, 3, 15)))
                .isEqualTo(1));
    }

    @Test
    void theJobIsKeptInTheClusteredStoreAndFiresDailyAtQuarterPastThreeUtc() throws SQLException {
        ZonedDateTime next = scheduler.getScheduledJob("housekeeping").getNextFireTime().atZone(ZoneOffset.UTC);
        assertThat(next.getHour()).isEqualTo(3);
        assertThat(next.getMinute()).isEqualTo(15);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT c.CRON_EXPRESSION, c.TIME_ZONE_ID, j.IS_NONCONCURRENT "
                    + "FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c ON c.SCHED_NAME = t.SCHED_NAME "
                    + "AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP "
                    + "JOIN QRTZ_JOB_DETAILS j ON j.SCHED_NAME = t.SCHED_NAME AND j.JOB_NAME = t.JOB_NAME "
                    + "AND j.JOB_GROUP = t.JOB_GROUP WHERE t.JOB_NAME = 'housekeeping'")) {
                assertThat(r.next()).as("the housekeeping trigger is stored in the database").isTrue();
                assertThat(r.getString(1)).isEqualTo("0 15 3 * * ?");
                assertThat(r.getString(2)).isEqualTo("UTC");
                assertThat(r.getString(3)).as("never two runs at once, across the cluster").isEqualTo("1");
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).as("this instance checks in with the cluster").isGreaterThanOrEqualTo(1);
            }
        }
    }

    private double skipped() {
        var c = metrics.find("entente.jobs.skipped").tag("job", "housekeeping").counter();
        return c == null ? 0 : c.count();
    }

    private static long earlierRun(LocalDateTime started) {
        JobRun run = new JobRun();
        run.job = "housekeeping";
        run.scheduledAt = started;
        run.startedAt = started;
        run.finishedAt = started;
        run.instance = "earlier";
        run.persist();
        return run.id;
    }
}
