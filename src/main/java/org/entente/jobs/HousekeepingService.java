package org.entente.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** The daily housekeeping: deletes old job-run records and records its own run, in one transaction. */
@ApplicationScoped
@RetryOnDeadlock
public class HousekeepingService {

    static final String JOB = "housekeeping";

    private final HousekeepingConfig config;
    private final JobRuns runs;
    private final Clock clock;

    public HousekeepingService(HousekeepingConfig config, JobRuns runs, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.runs = runs;
    }

    /**
     * Runs housekeeping for the firing scheduled at {@code scheduledAt}: deletes job runs older than
     * {@code entente.housekeeping.keep-runs} and records this run with the number of rows purged. Empty, and nothing
     * done, when that firing has run already.
     */
    @Transactional
    public Optional<JobRun> housekeep(Instant scheduledAt) {
        Optional<JobRun> claimed = runs.claim(JOB, scheduledAt);
        claimed.ifPresent(run -> {
            run.purged = (int) JobRun.delete("startedAt < ?1", run.startedAt.minus(config.keepRuns()));
            run.finishedAt = LocalDateTime.now(clock);
        });
        return claimed;
    }
}
