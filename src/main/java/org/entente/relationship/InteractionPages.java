package org.entente.relationship;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.Confirm;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.scope.Writes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.entente.web.scope.Kind.INTERACTION;
import static org.entente.web.scope.Kind.PERSON;

/** Logging an interaction with a person by hand (prefilled with today) and deleting one after confirmation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InteractionPages {

    private static final List<Option> KINDS = InteractionKind.options();

    @Inject
    KeepInTouchService keepInTouch;
    @Inject
    KeepInTouchViews views;
    @Inject
    Flash flash;
    @Inject
    Clock clock;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interactionForm(KeepInTouchRow row, List<Option> kinds, InteractionForm form,
                                                       FieldErrors errors);
    }

    @GET
    @Path("people/{id}/interactions/new")
    @Writes(PERSON)
    public TemplateInstance newForm(long id) {
        return Templates.interactionForm(views.row(id), KINDS, InteractionForm.on(LocalDate.now(clock)), FieldErrors.none());
    }

    @POST
    @Path("people/{id}/interactions")
    @Writes(PERSON)
    public Response log(long id, @BeanParam InteractionForm form) {
        KeepInTouchRow row = views.row(id);
        FieldErrors errors = new FieldErrors();
        InteractionData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    keepInTouch.log(id, data);
                    return row.dashboardLink(form.owner);
                }, data.kind() == null ? "" : data.kind().label + " with " + row.name() + " logged.",
                (e, conflict) -> Templates.interactionForm(row, KINDS, form, e));
    }

    @GET
    @Path("interactions/{id}/delete")
    @Writes(INTERACTION)
    public TemplateInstance confirmDelete(long id) {
        Interaction interaction = keepInTouch.interaction(id);
        KeepInTouchRow row = views.row(interaction.personId);
        return Confirm.delete(interaction.kind.label.toLowerCase() + " with " + row.name() + " on " + interaction.date,
                "It no longer counts for " + row.name() + "'s keep-in-touch cadence.",
                "/interactions/" + id + "/delete", "/people/" + row.personId() + "/keep-in-touch");
    }

    @POST
    @Path("interactions/{id}/delete")
    @Writes(INTERACTION)
    public Response delete(long id) {
        long personId = keepInTouch.deleteInteraction(id);
        flash.set("Interaction deleted.");
        return Redirects.seeOther("/people/" + personId + "/keep-in-touch");
    }
}
