package org.entente.launch;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceCreated;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.body.BodyCreated;
import org.entente.body.GovernanceBody;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Keeps an alliance's launch checklist: the standard items (created once, idempotently) and custom ones. */
@ApplicationScoped
@RetryOnDeadlock
public class LaunchService {

    private final InputCheck inputs;
    private final AllianceService alliances;
    private final Clock clock;

    public LaunchService(InputCheck inputs, AllianceService alliances, Clock clock) {
        this.clock = clock;
        this.inputs = inputs;
        this.alliances = alliances;
    }

    public LaunchItem get(long id) {
        return Found.orNotFound(LaunchItem.findById(id), "launch checklist item", id);
    }

    /** Every new alliance starts with the standard checklist (in the transaction that creates it). */
    void onAllianceCreated(@Observes AllianceCreated created) {
        createStandard(created.allianceId(), false);
    }

    /** A body added to an alliance whose checklist exists gets its governance charter item. */
    void onBodyCreated(@Observes BodyCreated created) {
        if (LaunchChecklist.exists(created.allianceId())) {
            persist(created.allianceId(), StandardItem.GOVERNANCE_CHARTER,
                    StandardItem.GOVERNANCE_CHARTER.title + ": " + created.name(), created.bodyId(),
                    LaunchItem.nextPosition(created.allianceId()));
        }
    }

    /**
     * Adds every standard item the alliance does not have (one governance charter per body); with {@code again}
     * false, only when the checklist was never created. Returns how many items were added.
     */
    @Transactional
    public int createStandard(long allianceId, boolean again) {
        alliances.get(allianceId);
        Alliance.findById(allianceId, LockModeType.PESSIMISTIC_WRITE); // one creator per alliance at a time
        boolean created = LaunchChecklist.exists(allianceId);
        if (created && !again) {
            return 0;
        }
        List<LaunchItem> existing = LaunchItem.ofAlliance(allianceId);
        List<GovernanceBody> bodies = GovernanceBody.ofAlliance(allianceId);
        int position = LaunchItem.nextPosition(allianceId);
        int added = 0;
        for (StandardItem standard : StandardItem.values()) {
            if (standard.perBody()) {
                for (GovernanceBody body : bodies) {
                    if (existing.stream().noneMatch(i -> i.kind == standard && body.id.equals(i.bodyId))) {
                        persist(allianceId, standard, standard.title + ": " + body.name, body.id, position + added++);
                    }
                }
            } else if (existing.stream().noneMatch(i -> i.kind == standard)) {
                persist(allianceId, standard, standard.title, null, position + added++);
            }
        }
        if (!created) {
            LaunchChecklist marker = new LaunchChecklist();
            marker.allianceId = allianceId;
            marker.createdAt = LocalDateTime.now(clock);
            marker.persist();
        }
        return added;
    }

    @Transactional
    public LaunchItem add(long allianceId, LaunchItemData data) {
        Alliance alliance = alliances.get(allianceId);
        check(alliance.id, data);
        LaunchItem item = new LaunchItem();
        item.allianceId = alliance.id;
        item.position = LaunchItem.nextPosition(alliance.id);
        item.apply(data, alliance.launchDate);
        item.markDone(Boolean.TRUE.equals(data.done()), LocalDateTime.now(clock));
        item.persistAndFlush();
        return item;
    }

    @Transactional
    public LaunchItem update(long id, Long version, LaunchItemData data) {
        LaunchItem item = get(id);
        StaleEdit.check("The checklist item", item.version, version);
        check(item.allianceId, data);
        item.apply(data, alliances.get(item.allianceId).launchDate);
        if (data.done() != null) {
            item.markDone(data.done(), LocalDateTime.now(clock));
        }
        Panache.getEntityManager().flush();
        return item;
    }

    @Transactional
    public LaunchItem markDone(long id, Long version, boolean done) {
        LaunchItem item = get(id);
        StaleEdit.check("The checklist item", item.version, version);
        item.markDone(done, LocalDateTime.now(clock));
        Panache.getEntityManager().flush();
        return item;
    }

    /** Deletes the item and returns its alliance's id. */
    @Transactional
    public long delete(long id) {
        LaunchItem item = get(id);
        item.delete();
        return item.allianceId;
    }

    private void persist(long allianceId, StandardItem kind, String title, Long bodyId, int position) {
        LaunchItem item = new LaunchItem();
        item.allianceId = allianceId;
        item.kind = kind;
        item.title = title;
        item.bodyId = bodyId;
        item.daysBefore = kind.daysBefore;
        item.position = position;
        item.persist();
    }

    private void check(long allianceId, LaunchItemData data) {
        FieldErrors errors = inputs.validate(data);
        if (data.ownerId() != null) {
            Person owner = Person.findById(data.ownerId());
            if (owner == null || !owner.partner.alliance.id.equals(allianceId)) {
                errors.add("ownerId", "The owner must be a person of this alliance");
            }
        }
        errors.throwIfAny();
    }
}
