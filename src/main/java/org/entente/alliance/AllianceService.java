package org.entente.alliance;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;
import org.entente.web.Viewer;

import java.util.List;

/** Creates, changes and removes alliances, keeping names unique and refusing stale edits. */
@ApplicationScoped
@RetryOnDeadlock
public class AllianceService {

    private final InputCheck inputs;
    private final Viewer viewer;
    private final Event<AllianceCreated> created;

    public AllianceService(InputCheck inputs, Viewer viewer, Event<AllianceCreated> created) {
        this.inputs = inputs;
        this.viewer = viewer;
        this.created = created;
    }

    /** The alliances the current user may see, by name. */
    public List<Alliance> list() {
        if (viewer.isAdministrator()) {
            return Alliance.listByName();
        }
        return Alliance.listByName(viewer.visibleAllianceIds());
    }

    public Alliance get(long id) {
        return Found.orNotFound(Alliance.findById(id), "alliance", id);
    }

    @Transactional
    public Alliance create(AllianceData data) {
        check(data, null);
        Alliance alliance = new Alliance();
        alliance.apply(data);
        alliance.persistAndFlush();
        created.fire(new AllianceCreated(alliance.id));
        return alliance;
    }

    @Transactional
    public Alliance update(long id, Long version, AllianceData data) {
        Alliance alliance = get(id);
        StaleEdit.check("The alliance", alliance.version, version);
        check(data, id);
        alliance.apply(data);
        Panache.getEntityManager().flush();
        return alliance;
    }

    /** Deletes the alliance with its partners, offices, people and bodies (the schema cascades). */
    @Transactional
    public void delete(long id) {
        get(id);
        Alliance.delete("id", id);
    }

    private void check(AllianceData data, Long id) {
        FieldErrors errors = inputs.validate(data);
        if (!errors.has("name") && Alliance.nameTaken(data.name(), id)) {
            errors.conflict("name", "An alliance with this name already exists");
        }
        errors.throwIfAny();
    }
}
