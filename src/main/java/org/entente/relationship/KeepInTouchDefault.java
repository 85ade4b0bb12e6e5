package org.entente.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.alliance.Stance;
import org.entente.platform.IdentityEntity;

import java.util.EnumMap;
import java.util.Map;

/** An alliance's own keep-in-touch cadence for one stakeholder stance. */
@Entity
@Table(name = "keep_in_touch_default")
public class KeepInTouchDefault extends IdentityEntity {

    public Long allianceId;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    public int months;
    @Version
    public long version;

    /** The alliance's own defaults; a stance it never changed is missing. */
    static Map<Stance, Integer> ofAlliance(long allianceId) {
        Map<Stance, Integer> months = new EnumMap<>(Stance.class);
        KeepInTouchDefault.<KeepInTouchDefault>list("allianceId", allianceId).forEach(d -> months.put(d.stance, d.months));
        return months;
    }
}
