package org.entente.alliance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A company in an alliance, with its offices and people; "ours" marks the side of the manager who made it. */
@Entity
public class Partner extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Alliance alliance;
    public String name;
    public boolean ours;
    @Version
    public long version;

    @OneToMany(mappedBy = "partner")
    @OrderBy("defaultVenue desc, city")
    public List<Office> offices = new ArrayList<>();

    @OneToMany(mappedBy = "partner")
    @OrderBy("name")
    public List<Person> people = new ArrayList<>();

    public static boolean nameTaken(Alliance alliance, String name, Long exceptId) {
        return count("alliance = ?1 and lower(name) = lower(?2) and id <> ?3",
                alliance, name, exceptId == null ? -1L : exceptId) > 0;
    }

    /** The office that hosts this partner's in-person meetings unless another is chosen. */
    public Optional<Office> defaultOffice() {
        return offices.stream().filter(o -> o.defaultVenue).findFirst().or(() -> offices.stream().findFirst());
    }
}
