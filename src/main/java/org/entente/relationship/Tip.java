package org.entente.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.alliance.Stance;
import org.entente.platform.IdentityEntity;

import java.util.Comparator;
import java.util.List;

/** A short relationship or ice-breaker tip, optionally aimed at one stance. */
@Entity
@Table(name = "tip")
public class Tip extends IdentityEntity {

    public String text;
    @Enumerated(EnumType.STRING)
    public Stance stance;
    @Version
    public long version;

    static List<Tip> all() {
        return list("order by id");
    }

    /** The tips for a stance first (those aimed at it, then the general ones), then the rest. */
    static List<Tip> forStance(Stance stance) {
        return forStance(all(), stance);
    }

    static List<Tip> forStance(List<Tip> tips, Stance stance) {
        return tips.stream().sorted(Comparator.comparingInt(t -> t.stance == stance ? 0 : t.stance == null ? 1 : 2))
                .toList();
    }
}
