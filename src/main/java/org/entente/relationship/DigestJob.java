package org.entente.relationship;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Runs the weekly digest (Monday 07:00 unless {@code entente.digest.cron} says otherwise). With Quartz's clustered
 * store one instance fires it; the work, and the record that keeps a second fire from mailing twice, is in
 * {@link DigestService#sendWeeklyDigests(LocalDate)}.
 */
@ApplicationScoped
public class DigestJob {

    private final DigestService digests;
    private final ZoneId zone;
    private final Clock clock;

    public DigestJob(DigestService digests, DigestConfig config, Clock clock) {
        this.clock = clock;
        this.digests = digests;
        this.zone = ZoneId.of(config.timeZone());
    }

    @Scheduled(identity = "weekly-digest", cron = "{entente.digest.cron}", timeZone = "{entente.digest.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendWeeklyDigests() {
        digests.sendWeeklyDigests(LocalDate.now(clock.withZone(zone)));
    }
}
