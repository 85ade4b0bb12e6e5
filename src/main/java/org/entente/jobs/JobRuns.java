package org.entente.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Decides which instance runs a firing of a timed job: the first to claim its scheduled time. Quartz's clustered store
 * fires each time once; the claim also covers the one case where it does not (an instance starting up re-registers
 * the trigger from the next fire time it read, which another instance may just have fired). A job that sends mail or
 * calls out claims in a transaction of its own first; one whose work is all in the database claims in the same one.
 */
@ApplicationScoped
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class);

    private final Scheduler quartz;
    private final MeterRegistry metrics;
    private final Clock clock;

    public JobRuns(Scheduler quartz, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.quartz = quartz;
        this.metrics = metrics;
    }

    /** The run of this firing, recorded for this instance; empty (and counted as skipped) if it was claimed already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<JobRun> claim(String job, Instant scheduledAt) {
        LocalDateTime at = LocalDateTime.ofInstant(scheduledAt, ZoneOffset.UTC);
        Optional<JobRun> run = JobRun.claim(job, at, instance(), LocalDateTime.now(clock));
        if (run.isEmpty()) {
            metrics.counter("entente.jobs.skipped", "job", job).increment();
            LOG.infof("%s firing of %s UTC ran already; skipped on %s", job, at, instance());
        }
        return run;
    }

    private String instance() {
        try {
            return quartz.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
