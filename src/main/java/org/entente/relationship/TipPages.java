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
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.ChangesLibrary;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;

import java.util.List;

import static org.entente.web.scope.Kind.PERSON;

/** The tips library (list, add, edit) and sending a tip to a person by email. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TipPages {

    private static final List<Option> STANCES = Option.of(Stance.class, s -> s.label);

    @Inject
    TipService tips;
    @Inject
    KeepInTouchViews views;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TipView> tips, List<Option> stances, TipForm form, FieldErrors errors);

        static native TemplateInstance form(TipView tip, List<Option> stances, TipForm form, FieldErrors errors,
                                            String conflict);

        static native TemplateInstance sendTip(KeepInTouchRow row, List<TipView> tips, TipView tip, String mailto);
    }

    @GET
    @Path("tips")
    @Unscoped("the shared tips library, which every user reads")
    public TemplateInstance list() {
        return Templates.list(library(), STANCES, TipForm.blank(), FieldErrors.none());
    }

    @POST
    @Path("tips")
    @ChangesLibrary("tips")
    public Response add(@BeanParam TipForm form) {
        FieldErrors errors = new FieldErrors();
        TipData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/tips#tip-" + tips.add(data).id, "Tip added.",
                (e, conflict) -> Templates.list(library(), STANCES, form, e));
    }

    @GET
    @Path("tips/{id}/edit")
    @ChangesLibrary("tips")
    public TemplateInstance editForm(long id) {
        Tip tip = tips.get(id);
        return Templates.form(TipView.of(tip), STANCES, TipForm.of(tip), FieldErrors.none(), null);
    }

    @POST
    @Path("tips/{id}")
    @ChangesLibrary("tips")
    public Response update(long id, @BeanParam TipForm form) {
        TipView tip = TipView.of(tips.get(id));
        FieldErrors errors = new FieldErrors();
        TipData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    tips.update(id, form.version, data);
                    return "/tips#tip-" + id;
                }, "Tip saved.", (e, conflict) -> Templates.form(tip, STANCES, form, e, conflict));
    }

    /** The tips for the person's stance first; the chosen one (else the first) ready to send by email. */
    @GET
    @Path("people/{id}/send-tip")
    @Reads(PERSON)
    public TemplateInstance sendTip(long id, @QueryParam("tip") Long tipId) {
        KeepInTouchRow row = views.row(id);
        List<Tip> offered = Tip.forStance(row.stance());
        Tip tip = tipId != null ? tips.get(tipId) : offered.isEmpty() ? null : offered.get(0);
        return Templates.sendTip(row, offered.stream().map(TipView::of).toList(), tip == null ? null : TipView.of(tip),
                tip == null ? null : TipEmail.mailto(row));
    }

    /** Logs the tip as sent; back to the dashboard row when sent from there ({@code returnTo=dashboard}). */
    @POST
    @Path("people/{id}/send-tip")
    @Writes(PERSON)
    public Response markSent(long id, @RestForm long tipId, @RestForm String returnTo, @RestForm String owner) {
        KeepInTouchRow row = views.row(id);
        tips.markSent(id, tipId);
        flash.set("Tip sent to " + row.name() + " logged.");
        return Redirects.seeOther("dashboard".equals(returnTo) ? row.dashboardLink(owner)
                : "/people/" + id + "/keep-in-touch");
    }

    private List<TipView> library() {
        return tips.list().stream().map(TipView::of).toList();
    }
}
