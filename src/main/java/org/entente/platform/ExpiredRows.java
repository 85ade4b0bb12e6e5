package org.entente.platform;

import java.time.Instant;

/**
 * Rows a feature keeps for a while only (failed logins, the audit trail): the daily housekeeping asks every bean that
 * implements this to delete what has expired, so the timed job needs to know no feature.
 */
public interface ExpiredRows {

    /** What is deleted, for the housekeeping's log line. */
    String what();

    /** Deletes the rows that have expired by {@code now}; answers how many. Runs in the housekeeping's transaction. */
    int deleteExpired(Instant now);
}
