package org.entente.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.entente.platform.ExpiredRows;
import org.entente.platform.RetryOnDeadlock;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The daily housekeeping: deletes old job-run records and what each feature keeps for a while only (every
 * {@link ExpiredRows} bean: the audit trail past its retention, failed-login counts past their window), and records
 * its own run, in one transaction.
 */
@ApplicationScoped
@RetryOnDeadlock
public class HousekeepingService {

    static final String JOB = "housekeeping";

    private static final Logger LOG = Logger.getLogger(HousekeepingService.class);

    private final HousekeepingConfig config;
    private final JobRuns runs;
    private final Instance<ExpiredRows> expiring;
    private final Clock clock;

    public HousekeepingService(HousekeepingConfig config, JobRuns runs, Instance<ExpiredRows> expiring, Clock clock) {
        this.expiring = expiring;
        this.clock = clock;
        this.config = config;
        this.runs = runs;
    }

    /**
     * Runs housekeeping for the firing scheduled at {@code scheduledAt}: deletes job runs older than
     * {@code entente.housekeeping.keep-runs} and every feature's expired rows as of the clock's now, and records this
     * run with the number of rows purged. Empty, and nothing done, when that firing has run already.
     */
    @Transactional
    public Optional<JobRun> housekeep(Instant scheduledAt) {
        Optional<JobRun> claimed = runs.claim(JOB, scheduledAt);
        claimed.ifPresent(run -> {
            int purged = (int) JobRun.delete("startedAt < ?1", run.startedAt.minus(config.keepRuns()));
            Instant now = clock.instant();
            for (ExpiredRows rows : expiring) {
                int deleted = rows.deleteExpired(now);
                LOG.infof("Housekeeping deleted %d %s", deleted, rows.what());
                purged += deleted;
            }
            run.purged = purged;
            run.finishedAt = LocalDateTime.now(clock);
        });
        return claimed;
    }
}
