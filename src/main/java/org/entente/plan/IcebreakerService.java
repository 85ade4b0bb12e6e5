package org.entente.plan;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.DatabaseFailure;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

import java.util.List;

/**
 * Keeps the ice-breaker library: questions are unique ignoring case and surrounding spaces (checked first for a
 * clear message, and by the database's unique key for adds that race); inactive ones are no longer given to new plans.
 */
@ApplicationScoped
@RetryOnDeadlock
public class IcebreakerService {

    private static final String TAKEN = "The library already has this question";
    /** The unique key on the normalised question (V14). */
    private static final String UNIQUE_KEY = "uk_icebreaker_question";

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
        flushUnique(icebreaker::persistAndFlush);
        return icebreaker;
    }

    @Transactional
    public Icebreaker update(long id, Long version, IcebreakerData data) {
        Icebreaker icebreaker = get(id);
        StaleEdit.check("The ice-breaker", icebreaker.version, version);
        check(data, id);
        icebreaker.apply(data);
        flushUnique(Panache.getEntityManager()::flush);
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
            errors.conflict("question", TAKEN);
        }
        errors.throwIfAny();
    }

    /**
     * Writes the change; when the unique key refuses it because another request stored the same question since
     * {@link #check} looked, answers as {@link #check} would have (409 naming {@code question}). The transaction
     * rolls back either way, so nothing is written.
     */
    private static void flushUnique(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (DatabaseFailure.conflictingConstraint(e).filter(UNIQUE_KEY::equals).isPresent()) {
                new FieldErrors().conflict("question", TAKEN).throwIfAny();
            }
            throw e;
        }
    }
}
