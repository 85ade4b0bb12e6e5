package org.entente.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.platform.DatabaseFailure;

import java.util.function.Supplier;

/**
 * Runs a form submission: on success redirects (303) with a flash; on invalid input re-renders the form with
 * status 400 and the messages; on a stale version or a value someone else saved meanwhile re-renders it with 409;
 * when the database cannot be reached, with 503; in every failure the typed values stay.
 */
@ApplicationScoped
public class FormPage {

    private final InputCheck inputs;
    private final Flash flash;

    public FormPage(InputCheck inputs, Flash flash) {
        this.inputs = inputs;
        this.flash = flash;
    }

    /** Renders the form again, with {@code errors} and an optional conflict message. */
    @FunctionalInterface
    public interface Render {
        TemplateInstance render(FieldErrors errors, String conflict);
    }

    /**
     * Runs {@code action} (which returns where to go next) unless the form had values that do not parse; then the
     * remaining rules of {@code data} are checked too, so that every wrong field is marked at once.
     */
    public Response submit(FieldErrors parseErrors, Object data, Supplier<String> action, String message,
                           Render form) {
        if (!parseErrors.isEmpty()) {
            inputs.validate(data).ordered().forEach(parseErrors::add);
            return page(400, form.render(parseErrors, null));
        }
        try {
            String location = action.get();
            flash.set(message);
            return Redirects.seeOther(location);
        } catch (ValidationFailed e) {
            return page(e.status(), form.render(e.errors(), null));
        } catch (StaleEdit e) {
            return page(409, form.render(FieldErrors.none(), e.getMessage()));
        } catch (RuntimeException e) {
            return switch (DatabaseFailure.meaning(e)) {
                case STALE_VERSION -> page(409, form.render(FieldErrors.none(),
                        "Someone else changed this at the same time. Review the current values and save again."));
                case CONFLICT -> conflict(form, e);
                case OUTCOME_UNKNOWN -> unavailable(form, e, "Entente lost its connection to the database while "
                        + "saving, so it cannot tell whether your change was saved. What you typed is still here: "
                        + "reload the page in a new tab to see the current state before you save again.");
                case DEADLOCK, UNAVAILABLE -> unavailable(form, e, "Entente cannot use its database right now. What "
                        + "you typed is still here: try again in a minute, and if this happened while saving, check "
                        + "first whether the change is already there.");
                case OTHER -> throw e;
            };
        }
    }

    /**
     * Someone else stored the same value meanwhile (a unique key refused it): the form again with 409, the field
     * marked when the key guards one.
     */
    private static Response conflict(Render form, RuntimeException cause) {
        String field = DatabaseFailure.conflictingConstraint(cause).map(ErrorMappers::conflictField).orElse(null);
        if (field != null) {
            return page(409, form.render(new FieldErrors().conflict(field, ErrorMappers.conflictMessage(field)), null));
        }
        return page(409, form.render(FieldErrors.none(),
                "This conflicts with data that was saved at the same time. Review the values and save again."));
    }

    /**
     * The database failed: the form again with status 503 and what was typed, so that nothing typed is lost; if the
     * form itself cannot be shown without the database, the error page of {@link ErrorMappers} answers instead.
     */
    private static Response unavailable(Render form, RuntimeException cause, String notice) {
        TemplateInstance page;
        try {
            page = form.render(FieldErrors.none(), notice);
        } catch (RuntimeException renderFailed) {
            throw cause;
        }
        return Response.fromResponse(page(503, page)).header("Retry-After", ErrorMappers.RETRY_AFTER_SECONDS).build();
    }

    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
