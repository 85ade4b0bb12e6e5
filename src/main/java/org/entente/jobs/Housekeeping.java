package org.entente.jobs;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The timed edge of housekeeping: Quartz fires it on {@code entente.housekeeping.cron} (UTC) on one instance of the
 * cluster, because the clustered JDBC job store hands each firing to one node; {@link JobRuns} makes sure of it.
 */
@ApplicationScoped
public class Housekeeping {

    private final HousekeepingService housekeeping;

    public Housekeeping(HousekeepingService housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Scheduled(identity = HousekeepingService.JOB, cron = "${entente.housekeeping.cron}", timeZone = "UTC")
    @Nonconcurrent
    void run(ScheduledExecution execution) {
        housekeeping.housekeep(execution.getScheduledFireTime());
    }
}
