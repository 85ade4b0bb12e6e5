package org.entente.plan;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.util.List;

/** Keeps the ice-breaker library: questions are unique; inactive ones are no longer given to new plans. */
@ApplicationScoped
@RetryOnDeadlock
public class IcebreakerService {

    private final InputCheck inputs;

    public IcebreakerService(InputCheck inputs) {
        this.inputs = inputs;
    }

    public List<Icebreaker> list() {
        return Icebreaker.library();
    }

    public Icebreaker get(long id) {
        return Found.orNotFound(Icebreaker.findById(id), "ice-breaker", id);
    }

    @Transactional
    public Icebreaker add(IcebreakerData data) {
        check(data, null);
        Icebreaker icebreaker = new Icebreaker();
        icebreaker.active = true;
        icebreaker.apply(data);
        icebreaker.persistAndFlush();
        return icebreaker;
    }

    @Transactional
    public Icebreaker update(long id, Long version, IcebreakerData data) {
        Icebreaker icebreaker = get(id);
        StaleEdit.check("The ice-breaker", icebreaker.version, version);
        check(data, id);
        icebreaker.apply(data);
        Panache.getEntityManager().flush();
        return icebreaker;
    }

    @Transactional
    public Icebreaker activate(long id, Long version, boolean active) {
        Icebreaker icebreaker = get(id);
        StaleEdit.check("The ice-breaker", icebreaker.version, version);
        icebreaker.active = active;
        Panache.getEntityManager().flush();
        return icebreaker;
    }

    private void check(IcebreakerData data, Long id) {
        FieldErrors errors = inputs.validate(data);
        if (!errors.has("question") && Icebreaker.questionTaken(data.question(), id)) {
            errors.conflict("question", "The library already has this question");
        }
        errors.throwIfAny();
    }
}
