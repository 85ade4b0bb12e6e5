package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

/**
 * What the account pages need to know of alliances (that one exists, its name) without depending on the alliance
 * package; templates of other features list an alliance's users through {@code inject:allianceAccess}.
 */
@ApplicationScoped
@Named("allianceAccess")
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
}
