package org.entente.body;

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
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.AllianceView;
import org.entente.alliance.AllianceViews;
import org.entente.alliance.Office;
import org.entente.web.Confirm;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BODY;

/** Pages to set up a governance body: its members and chair, its cadence and its mode policy. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BodyPages {

    static final List<Option> KINDS = Option.of(BodyKind.class, k -> k.label);
    static final List<Option> WEEKDAYS = Option.of(DayOfWeek.class, d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));

    static final List<Option> WEEKS = List.of(new Option("1", "first"), new Option("2", "second"),
            new Option("3", "third"), new Option("4", "fourth"), new Option("-1", "last"));

    @Inject
    BodyService bodies;
    @Inject
    AllianceService alliances;
    @Inject
    AllianceViews allianceViews;
    @Inject
    Flash flash;
    @Inject
    Clock clock;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AllianceView alliance, BodyView.Facts body, BodyView view);

        static native TemplateInstance form(AllianceView alliance, BodyView.Facts body, BodyForm form, FieldErrors errors,
                                            String conflict, List<BodyView.Candidate> people, List<Option> kinds,
                                            List<Option> weekdays, List<Option> weeks);
    }

    @GET
    @Path("alliances/{id}/bodies/new")
    @Writes(ALLIANCE)
    public TemplateInstance newForm(long id) {
        Alliance alliance = alliances.get(id);
        return form(alliance, null, BodyForm.blank(defaultZone(alliance), firstDate(alliance)), FieldErrors.none(), null);
    }

    @POST
    @Path("alliances/{id}/bodies")
    @Writes(ALLIANCE)
    public Response create(long id, @BeanParam BodyForm form) {
        Alliance alliance = alliances.get(id);
        FieldErrors errors = new FieldErrors();
        BodyData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/bodies/" + bodies.create(id, data).id,
                "“" + data.name() + "” created.", (e, conflict) -> form(alliance, null, form, e, conflict));
    }

    @GET
    @Path("bodies/{id}")
    @Reads(BODY)
    public TemplateInstance show(long id) {
        GovernanceBody body = bodies.get(id);
        AllianceView alliance = allianceViews.show(body.allianceId);
        return Templates.show(alliance, BodyView.Facts.of(body), BodyView.of(alliance, body));
    }

    @GET
    @Path("bodies/{id}/edit")
    @Writes(BODY)
    public TemplateInstance editForm(long id) {
        GovernanceBody body = bodies.get(id);
        return form(alliances.get(body.allianceId), body, BodyForm.of(body), FieldErrors.none(), null);
    }

    @POST
    @Path("bodies/{id}")
    @Writes(BODY)
    public Response update(long id, @BeanParam BodyForm form) {
        GovernanceBody body = bodies.get(id);
        Alliance alliance = alliances.get(body.allianceId);
        FieldErrors errors = new FieldErrors();
        BodyData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/bodies/" + bodies.update(id, form.version, data).id,
                "“" + data.name() + "” saved.", (e, conflict) -> form(alliance, body, form, e, conflict));
    }

    @GET
    @Path("bodies/{id}/delete")
    @Writes(BODY)
    public TemplateInstance confirmDelete(long id) {
        GovernanceBody body = bodies.get(id);
        return Confirm.delete("“" + body.name + "”", "Its cadence, policy and member list are deleted with it.",
                "/bodies/" + id + "/delete", "/bodies/" + id);
    }

    @POST
    @Path("bodies/{id}/delete")
    @Writes(BODY)
    public Response delete(long id) {
        String name = bodies.get(id).name;
        long allianceId = bodies.delete(id);
        flash.set("“" + name + "” deleted.");
        return Redirects.seeOther("/alliances/" + allianceId);
    }

    private TemplateInstance form(Alliance alliance, GovernanceBody body, BodyForm form, FieldErrors errors,
                                  String conflict) {
        AllianceView view = allianceViews.show(alliance.id);
        return Templates.form(view, body == null ? null : BodyView.Facts.of(body), form, errors, conflict,
                BodyView.Candidate.of(view), KINDS, WEEKDAYS, WEEKS);
    }

    /** A new body's meetings are expressed in the time zone of our default office, else the first office. */
    private static String defaultZone(Alliance alliance) {
        // one statement for all offices (by partner, default venue first); the stable sort puts ours first
        return Office.ofAlliance(alliance.id).stream().sorted((a, b) -> Boolean.compare(b.partner.ours, a.partner.ours))
                .map(o -> o.timeZone).findFirst().orElse("Europe/Amsterdam");
    }

    private LocalDate firstDate(Alliance alliance) {
        return alliance.launchDate != null ? alliance.launchDate : LocalDate.now(clock).plusMonths(1);
    }
}
