package org.entente.relationship;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.alliance.Stance;
import org.entente.web.FieldErrors;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.PERSON;

/**
 * The keep-in-touch dashboard of an alliance (each row can log an interaction or send a tip in place), its stance
 * defaults, and a person's cadence with their interactions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class KeepInTouchPages {

    @Inject
    KeepInTouchService keepInTouch;
    @Inject
    KeepInTouchViews views;
    @Inject
    FormPage forms;
    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(KeepInTouchDashboard view, KeepInTouchDefaultsForm form,
                                                 FieldErrors errors, List<Option> kinds, String today);

        static native TemplateInstance person(KeepInTouchRow row, List<InteractionView> interactions,
                                              List<Option> owners, KeepInTouchForm form,
                                              FieldErrors errors, String conflict);
    }

    @GET
    @Path("alliances/{id}/keep-in-touch")
    @Reads(ALLIANCE)
    public TemplateInstance dashboard(long id, @QueryParam("owner") Long owner) {
        KeepInTouchDashboard view = views.dashboard(id, owner);
        return dashboard(view, KeepInTouchDefaultsForm.of(view), FieldErrors.none());
    }

    @POST
    @Path("alliances/{id}/keep-in-touch/defaults")
    @Writes(ALLIANCE)
    public Response changeDefaults(long id, @BeanParam KeepInTouchDefaultsForm form) {
        KeepInTouchDashboard view = views.dashboard(id, null);
        FieldErrors errors = new FieldErrors();
        Map<Stance, Integer> months = form.toMonths(errors);
        return forms.submit(errors, months, () -> {
                    keepInTouch.changeDefaults(id, months);
                    return "/alliances/" + id + "/keep-in-touch";
                }, "Default cadences saved.",
                (e, conflict) -> dashboard(view, form, e));
    }

    private TemplateInstance dashboard(KeepInTouchDashboard view, KeepInTouchDefaultsForm form,
                                       FieldErrors errors) {
        return Templates.dashboard(view, form, errors, InteractionKind.options(), LocalDate.now(clock).toString());
    }

    @GET
    @Path("people/{id}/keep-in-touch")
    @Reads(PERSON)
    public TemplateInstance person(long id) {
        KeepInTouchRow row = views.row(id);
        return Templates.person(row, InteractionView.ofPerson(id), views.owners(row.allianceId()),
                KeepInTouchForm.of(row), FieldErrors.none(), null);
    }

    @POST
    @Path("people/{id}/keep-in-touch")
    @Writes(PERSON)
    public Response setCadence(long id, @BeanParam KeepInTouchForm form) {
        KeepInTouchRow row = views.row(id);
        FieldErrors errors = new FieldErrors();
        KeepInTouchData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    keepInTouch.setCadence(id, form.version, data);
                    return "/people/" + id + "/keep-in-touch";
                }, "Keep-in-touch cadence of " + row.name() + " saved.",
                (e, conflict) -> Templates.person(row, InteractionView.ofPerson(id), views.owners(row.allianceId()),
                        form, e, conflict));
    }
}
