package org.entente.launch;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;

/** Marks that an alliance's standard launch checklist was created, so that opening the page does not create it again. */
@Entity
@Table(name = "launch_checklist")
public class LaunchChecklist extends IdentityEntity {

    public Long allianceId;
    public LocalDateTime createdAt;

    static boolean exists(long allianceId) {
        return count("allianceId", allianceId) > 0;
    }
}
