package org.entente.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One run of a timed job: which firing it served (its scheduled time, UTC), on which instance, and what it did. The
 * schema keeps (job, scheduled_at) unique, so a firing can be claimed once only.
 */
@Entity
@Table(name = "job_run")
public class JobRun extends IdentityEntity {

    public String job;
    public LocalDateTime scheduledAt;
    public LocalDateTime startedAt;
    public LocalDateTime finishedAt;
    public String instance;
    public int purged;

    /**
     * Inserts the run of {@code job}'s firing at {@code scheduledAt} unless one exists, in the caller's transaction; a
     * concurrent claim of the same firing waits for this transaction and then finds the row. Empty when claimed already.
     */
    static Optional<JobRun> claim(String job, LocalDateTime scheduledAt, String instance, LocalDateTime now) {
        int inserted = getEntityManager().createNativeQuery("INSERT IGNORE INTO job_run "
                        + "(job, scheduled_at, started_at, finished_at, instance, purged) VALUES (?1, ?2, ?3, ?3, ?4, 0)")
                .setParameter(1, job).setParameter(2, scheduledAt).setParameter(3, now).setParameter(4, instance)
                .executeUpdate();
        return inserted == 0 ? Optional.empty()
                : find("job = ?1 and scheduledAt = ?2", job, scheduledAt).singleResultOptional();
    }
}
