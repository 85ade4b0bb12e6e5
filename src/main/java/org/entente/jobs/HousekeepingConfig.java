package org.entente.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When housekeeping runs and what it keeps. */
@ConfigMapping(prefix = "entente.housekeeping")
public interface HousekeepingConfig {

    /** Quartz cron expression (seconds first), UTC; read by {@link Housekeeping}'s {@code @Scheduled}. */
    String cron();

    /** How long the record of a job run is kept. */
    @WithDefault("90D")
    Duration keepRuns();
}
