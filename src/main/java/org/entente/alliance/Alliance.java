package org.entente.alliance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A strategic partnership between two or more partner organisations. */
@Entity
public class Alliance extends IdentityEntity {

    public String name;
    public String purpose;
    @Enumerated(EnumType.STRING)
    public AllianceStatus status;
    public LocalDate launchDate;
    @Version
    public long version;

    @OneToMany(mappedBy = "alliance")
    @OrderBy("id")
    public List<Partner> partners = new ArrayList<>();

    public static List<Alliance> listByName() {
        return list("order by name");
    }

    public static List<Alliance> listByName(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by name", ids);
    }

    public static boolean nameTaken(String name, Long exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }

    public void apply(AllianceData data) {
        name = data.name();
        purpose = data.purpose();
        status = data.status();
        launchDate = data.launchDate();
    }
}
