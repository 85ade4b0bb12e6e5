package org.entente.relationship;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Keeps the tips library and sends a tip to a person (logged as a TIP_SENT interaction). */
@ApplicationScoped
@RetryOnDeadlock
public class TipService {

    private final InputCheck inputs;
    private final KeepInTouchService keepInTouch;
    private final Clock clock;

    public TipService(InputCheck inputs, KeepInTouchService keepInTouch, Clock clock) {
        this.clock = clock;
        this.inputs = inputs;
        this.keepInTouch = keepInTouch;
    }

    public List<Tip> list() {
        return Tip.all();
    }

    public Tip get(long id) {
        return Found.orNotFound(Tip.findById(id), "tip", id);
    }

    @Transactional
    public Tip add(TipData data) {
        inputs.validate(data).throwIfAny();
        Tip tip = new Tip();
        tip.text = data.text();
        tip.stance = data.stance();
        tip.persistAndFlush();
        return tip;
    }

    @Transactional
    public Tip update(long id, Long version, TipData data) {
        Tip tip = get(id);
        StaleEdit.check("The tip", tip.version, version);
        inputs.validate(data).throwIfAny();
        tip.text = data.text();
        tip.stance = data.stance();
        Panache.getEntityManager().flush();
        return tip;
    }

    /** Logs that the tip was sent to the person today. */
    @Transactional
    public Interaction markSent(long personId, long tipId) {
        Tip tip = get(tipId);
        return keepInTouch.log(personId, new InteractionData(InteractionKind.TIP_SENT, LocalDate.now(clock),
                "Tip: " + tip.text));
    }
}
