package org.entente.launch;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One item of an alliance's launch checklist. A standard item is due {@code daysBefore} the launch date unless
 * {@code dueDate} overrides it; a custom item has its own due date or none.
 */
@Entity
@Table(name = "launch_item")
public class LaunchItem extends IdentityEntity {

    public Long allianceId;
    public String title;
    public Long ownerId;
    public Integer daysBefore;
    public LocalDate dueDate;
    public boolean done;
    public LocalDateTime doneAt;
    public int position;
    @Enumerated(EnumType.STRING)
    public StandardItem kind;
    public Long bodyId;
    @Version
    public long version;

    static List<LaunchItem> ofAlliance(long allianceId) {
        return list("allianceId = ?1 order by position, id", allianceId);
    }

    static int nextPosition(long allianceId) {
        Integer max = getEntityManager()
                .createQuery("select max(i.position) from LaunchItem i where i.allianceId = ?1", Integer.class)
                .setParameter(1, allianceId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The date this item is due: its own date, else counted back from the launch date, else none. */
    public LocalDate due(LocalDate launchDate) {
        if (dueDate != null) {
            return dueDate;
        }
        return daysBefore == null || launchDate == null ? null : launchDate.minusDays(daysBefore);
    }

    void apply(LaunchItemData data, LocalDate launchDate) {
        title = data.title();
        ownerId = data.ownerId();
        LocalDate counted = daysBefore == null || launchDate == null ? null : launchDate.minusDays(daysBefore);
        // a standard item keeps following the launch date unless the user chose another date
        dueDate = counted != null && counted.equals(data.dueDate()) ? null : data.dueDate();
    }

    void markDone(boolean isDone, LocalDateTime now) {
        if (isDone != done) {
            done = isDone;
            doneAt = isDone ? now : null;
        }
    }
}
