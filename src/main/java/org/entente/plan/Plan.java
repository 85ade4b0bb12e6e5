package org.entente.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.web.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Optional;

/** One accepted plan of a body; the highest version is the current one, older ones stay readable. */
@Entity
@Table(name = "plan")
public class Plan extends IdentityEntity {

    public Long bodyId;
    @Column(name = "plan_version")
    public int planVersion;
    public LocalDateTime acceptedAt;
    public int changedCount;
    @Column(name = "report_json")
    public String reportJson;

    public static Optional<Plan> current(long bodyId) {
        return find("bodyId = ?1 order by planVersion desc", bodyId).firstResultOptional();
    }

    public static Optional<Plan> version(long bodyId, int planVersion) {
        return find("bodyId = ?1 and planVersion = ?2", bodyId, planVersion).firstResultOptional();
    }

    public static java.util.List<Plan> history(long bodyId) {
        return list("bodyId = ?1 order by planVersion desc", bodyId);
    }
}
