package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

/**
 * What the account pages need to know of alliances (that one exists, its name, a user's alliances by name) without
 * depending on the alliance package. Pages call it before they render; no template reaches it.
 */
@ApplicationScoped
public class AllianceDirectory {

    private final EntityManager entities;

    public AllianceDirectory(EntityManager entities) {
        this.entities = entities;
    }

    /** The id of an existing alliance; 404 otherwise. */
    public long require(long id) {
        if (entities.createNativeQuery("select id from alliance where id = ?1").setParameter(1, id).getResultList().isEmpty()) {
            throw new NotFoundException();
        }
        return id;
    }

    public String name(long id) {
        return (String) entities.createNativeQuery("select name from alliance where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    /** The user's alliances by name with their role on each, in one statement (the profile lists them). */
    @SuppressWarnings("unchecked")
    public List<AccessView.AllianceRole> rolesOf(long userId) {
        List<Object[]> rows = entities.createNativeQuery("select a.id, a.name, x.role from alliance_access x "
                + "join alliance a on a.id = x.alliance_id where x.user_id = ?1 order by a.name, a.id")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new AccessView.AllianceRole(((Number) r[0]).longValue(), (String) r[1],
                AccessRole.valueOf((String) r[2]))).toList();
    }
}
