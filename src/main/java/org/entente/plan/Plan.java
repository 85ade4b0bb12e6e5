package org.entente.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The current plan of each of the bodies that has one, by body id, in one query whatever their number. */
    public static Map<Long, Plan> currentOf(Collection<Long> bodyIds) {
        if (bodyIds.isEmpty()) {
            return Map.of();
        }
        List<Plan> found = list("from Plan p where p.bodyId in ?1 and p.planVersion = "
                + "(select max(q.planVersion) from Plan q where q.bodyId = p.bodyId)", bodyIds);
        return found.stream().collect(Collectors.toMap(p -> p.bodyId, p -> p));
    }

    public static List<Plan> history(long bodyId) {
        return list("bodyId = ?1 order by planVersion desc", bodyId);
    }
}
