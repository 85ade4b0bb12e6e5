package org.entente.relationship;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.alliance.Stance;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.util.Map;

/** Keeps the keep-in-touch cadences, owners and interactions of people, and each alliance's stance defaults. */
@ApplicationScoped
@RetryOnDeadlock
public class KeepInTouchService {

    private final InputCheck inputs;
    private final AllianceService alliances;

    public KeepInTouchService(InputCheck inputs, AllianceService alliances) {
        this.inputs = inputs;
        this.alliances = alliances;
    }

    public Person person(long id) {
        return Found.orNotFound(Person.findById(id), "person", id);
    }

    public Interaction interaction(long id) {
        return Found.orNotFound(Interaction.findById(id), "interaction", id);
    }

    /** Sets a person's cadence and owner; {@code version} is 0 while they have the defaults and no owner. */
    @Transactional
    public KeepInTouch setCadence(long personId, Long version, KeepInTouchData data) {
        Person person = person(personId);
        KeepInTouch settings = KeepInTouch.ofPerson(personId);
        StaleEdit.check("The keep-in-touch cadence", settings == null ? 0L : settings.version, version);
        FieldErrors errors = inputs.validate(data);
        if (data.ownerId() != null) {
            Person owner = Person.findById(data.ownerId());
            if (owner == null || !owner.partner.ours || !owner.partner.alliance.id.equals(person.partner.alliance.id)) {
                errors.add("ownerId", "The owner must be a person of our side of this alliance");
            }
        }
        errors.throwIfAny();
        if (settings == null) {
            // created first and changed after, so that the first change already counts as version 1
            settings = new KeepInTouch();
            settings.personId = personId;
            settings.persistAndFlush();
        }
        settings.months = data.months();
        settings.ownerId = data.ownerId();
        Panache.getEntityManager().flush();
        return settings;
    }

    /** Makes {@code ownerId} the person's owner (their counterpart on our side), keeping their cadence. */
    @Transactional
    public KeepInTouch pairWith(long personId, Long version, Long ownerId) {
        KeepInTouch settings = KeepInTouch.ofPerson(personId);
        return setCadence(personId, version, new KeepInTouchData(settings == null ? null : settings.months, ownerId));
    }

    @Transactional
    public Interaction log(long personId, InteractionData data) {
        person(personId);
        inputs.validate(data).throwIfAny();
        Interaction interaction = new Interaction();
        interaction.personId = personId;
        interaction.kind = data.kind();
        interaction.date = data.date();
        interaction.note = data.note();
        interaction.persistAndFlush();
        return interaction;
    }

    /** Deletes the interaction and returns its person's id. */
    @Transactional
    public long deleteInteraction(long id) {
        Interaction interaction = interaction(id);
        interaction.delete();
        return interaction.personId;
    }

    /** Sets the alliance's cadence of each stance given (1 to 24 months). */
    @Transactional
    public void changeDefaults(long allianceId, Map<Stance, Integer> months) {
        alliances.get(allianceId);
        FieldErrors errors = new FieldErrors();
        months.forEach((stance, m) -> {
            if (m == null || m < KeepInTouchClock.MIN_MONTHS || m > KeepInTouchClock.MAX_MONTHS) {
                errors.add(stance.name(), "Every 1 to 24 months");
            }
        });
        errors.throwIfAny();
        months.forEach((stance, m) -> {
            KeepInTouchDefault row = KeepInTouchDefault.find("allianceId = ?1 and stance = ?2", allianceId, stance)
                    .firstResult();
            if (row == null) {
                row = new KeepInTouchDefault();
                row.allianceId = allianceId;
                row.stance = stance;
            }
            row.months = m;
            row.persist();
        });
    }
}
