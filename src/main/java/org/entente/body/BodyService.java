package org.entente.body;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceBodies;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and changes governance bodies: members and hosts from their own alliance, a valid cadence and policy. */
@ApplicationScoped
@RetryOnDeadlock
public class BodyService implements AllianceBodies {

    private final InputCheck inputs;
    private final AllianceService alliances;
    private final Event<BodyCreated> created;

    public BodyService(InputCheck inputs, AllianceService alliances, Event<BodyCreated> created) {
        this.created = created;
        this.inputs = inputs;
        this.alliances = alliances;
    }

    public GovernanceBody get(long id) {
        return Found.orNotFound(GovernanceBody.findById(id), "governance body", id);
    }

    public List<GovernanceBody> ofAlliance(long allianceId) {
        alliances.get(allianceId);
        return GovernanceBody.ofAlliance(allianceId);
    }

    @Override
    public List<Summary> of(long allianceId) {
        return GovernanceBody.withMembers(allianceId).stream()
                .map(b -> new Summary(b.id, b.name, b.kind.label, b.cadence.toData().summary(), b.memberIds.size()))
                .toList();
    }

    @Override
    public List<Layer> layers(long allianceId) {
        return GovernanceBody.withMembers(allianceId).stream()
                .sorted(Comparator.comparing((GovernanceBody b) -> b.kind).thenComparing(b -> b.name))
                .map(b -> new Layer(b.id, b.name, b.kind.label, Set.copyOf(b.memberIds)))
                .toList();
    }

    @Transactional
    public GovernanceBody create(long allianceId, BodyData data) {
        Alliance alliance = alliances.get(allianceId);
        check(alliance, data, null);
        GovernanceBody body = new GovernanceBody();
        body.allianceId = alliance.id;
        body.apply(data);
        body.persistAndFlush();
        created.fire(new BodyCreated(body.id, body.allianceId, body.name));
        return body;
    }

    @Transactional
    public GovernanceBody update(long id, Long version, BodyData data) {
        GovernanceBody body = get(id);
        StaleEdit.check("The governance body", body.version, version);
        check(alliances.get(body.allianceId), data, id);
        body.apply(data);
        Panache.getEntityManager().flush();
        return body;
    }

    @Transactional
    public long delete(long id) {
        GovernanceBody body = get(id);
        body.delete();
        return body.allianceId;
    }

    /** The people of the alliance, by partner, who may sit on its bodies. */
    public List<Person> candidates(Alliance alliance) {
        return alliance.partners.stream().flatMap(p -> p.people.stream()).toList();
    }

    private void check(Alliance alliance, BodyData data, Long id) {
        FieldErrors errors = inputs.validate(data);
        if (data.cadence() != null) {
            data.cadence().check(errors);
        }
        Set<Long> partnerIds = alliance.partners.stream().map(p -> p.id).collect(Collectors.toSet());
        if (data.policy() != null) {
            data.policy().check(errors, partnerIds);
        }
        Set<Long> personIds = candidates(alliance).stream().map(p -> p.id).collect(Collectors.toSet());
        if (!personIds.containsAll(data.memberIds())) {
            errors.add("memberIds", "Members must be people of this alliance's partner organisations");
        }
        if (data.chairId() != null && !personIds.contains(data.chairId())) {
            errors.add("chairId", "The chair must be a person of this alliance");
        }
        if (!errors.has("name") && data.name() != null && GovernanceBody.nameTaken(alliance.id, data.name(), id)) {
            errors.conflict("name", "This alliance already has a body with this name");
        }
        errors.throwIfAny();
    }

}
