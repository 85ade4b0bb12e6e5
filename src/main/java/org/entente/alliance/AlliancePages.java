package org.entente.alliance;

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
import org.entente.web.scope.CreatesAlliance;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;

import java.util.List;

import static org.entente.web.scope.Kind.ALLIANCE;

/** The alliance pages: the list, one alliance with its partners, offices and people, and its form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AlliancePages {

    @Inject
    AllianceService alliances;
    @Inject
    AllianceViews views;
    @Inject
    AllianceBodies bodies;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AllianceView.Row> alliances);

        static native TemplateInstance show(AllianceView alliance, List<AllianceBodies.Summary> bodies);

        static native TemplateInstance form(AllianceView.Row alliance, AllianceForm form, FieldErrors errors,
                                            String conflict,
                                            List<Option> statuses);
    }

    static final List<Option> STATUSES = Option.of(AllianceStatus.class, s -> s.label);

    @GET
    @Unscoped("the start page, which sends the browser to the list of alliances")
    public Response home() {
        return Redirects.seeOther("/alliances");
    }

    @GET
    @Path("alliances")
    @Unscoped("the list of the caller's own alliances")
    public TemplateInstance list() {
        return Templates.list(views.list());
    }

    @GET
    @Path("alliances/new")
    @CreatesAlliance
    public TemplateInstance newForm() {
        return Templates.form(null, AllianceForm.blank(), FieldErrors.none(), null, STATUSES);
    }

    @POST
    @Path("alliances")
    @CreatesAlliance
    public Response create(@BeanParam AllianceForm form) {
        FieldErrors errors = new FieldErrors();
        AllianceData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/alliances/" + alliances.create(data).id,
                "Alliance “" + data.name() + "” created.",
                (e, conflict) -> Templates.form(null, form, e, conflict, STATUSES));
    }

    @GET
    @Path("alliances/{id}")
    @Reads(ALLIANCE)
    public TemplateInstance show(long id) {
        AllianceView alliance = views.show(id);
        return Templates.show(alliance, bodies.of(alliance.id()));
    }

    @GET
    @Path("alliances/{id}/edit")
    @Writes(ALLIANCE)
    public TemplateInstance editForm(long id) {
        Alliance alliance = alliances.get(id);
        return Templates.form(AllianceView.Row.of(alliance), AllianceForm.of(alliance), FieldErrors.none(), null,
                STATUSES);
    }

    @POST
    @Path("alliances/{id}")
    @Writes(ALLIANCE)
    public Response update(long id, @BeanParam AllianceForm form) {
        AllianceView.Row alliance = views.row(id);
        FieldErrors errors = new FieldErrors();
        AllianceData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/alliances/" + alliances.update(id, form.version, data).id,
                "Alliance “" + data.name() + "” saved.",
                (e, conflict) -> Templates.form(alliance, form, e, conflict, STATUSES));
    }

    @GET
    @Path("alliances/{id}/delete")
    @Writes(ALLIANCE)
    public TemplateInstance confirmDelete(long id) {
        Alliance alliance = alliances.get(id);
        return Confirm.delete("alliance “" + alliance.name + "”",
                "Its " + alliance.partners.size() + " partner organisations with their offices and people, and all its "
                        + "governance bodies, are deleted with it.",
                "/alliances/" + id + "/delete", "/alliances/" + id);
    }

    @POST
    @Path("alliances/{id}/delete")
    @Writes(ALLIANCE)
    public Response delete(long id) {
        String name = alliances.get(id).name;
        alliances.delete(id);
        flash.set("Alliance “" + name + "” deleted.");
        return Redirects.seeOther("/alliances");
    }
}
