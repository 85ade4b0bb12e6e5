package org.entente.alliance;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.time.Clock;
import java.time.LocalDateTime;

/** Keeps the people of a partner organisation, one per email address. */
@ApplicationScoped
@RetryOnDeadlock
public class PersonService {

    private final InputCheck inputs;
    private final PartnerService partners;
    private final Clock clock;

    public PersonService(InputCheck inputs, PartnerService partners, Clock clock) {
        this.clock = clock;
        this.inputs = inputs;
        this.partners = partners;
    }

    public Person get(long id) {
        return Found.orNotFound(Person.findById(id), "person", id);
    }

    @Transactional
    public Person add(long partnerId, PersonData data) {
        Partner partner = partners.get(partnerId);
        check(partner, data, null);
        Person person = new Person();
        person.partner = partner;
        person.apply(data);
        person.createdAt = LocalDateTime.now(clock);
        person.persistAndFlush();
        partner.people.add(person);
        return person;
    }

    @Transactional
    public Person update(long id, Long version, PersonData data) {
        Person person = get(id);
        StaleEdit.check("The person", person.version, version);
        check(person.partner, data, id);
        person.apply(data);
        Panache.getEntityManager().flush();
        return person;
    }

    /** Deletes the person; bodies lose them as a member or chair. */
    @Transactional
    public long delete(long id) {
        Person person = get(id);
        long allianceId = person.partner.alliance.id;
        Person.delete("id", id);
        return allianceId;
    }

    private void check(Partner partner, PersonData data, Long id) {
        FieldErrors errors = inputs.validate(data);
        if (!errors.has("email") && Person.emailTaken(partner, data.email(), id)) {
            errors.conflict("email", "This partner already has a person with this email");
        }
        errors.throwIfAny();
    }
}
