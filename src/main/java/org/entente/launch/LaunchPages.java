package org.entente.launch;

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
import org.entente.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.LAUNCH_ITEM;

/** The launch event page of an alliance with its checklist, and the pages to edit and delete checklist items. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LaunchPages {

    @Inject
    LaunchService launch;
    @Inject
    LaunchViews views;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(LaunchView view, LaunchItemForm form, FieldErrors errors, String conflict);

        static native TemplateInstance itemForm(LaunchView view, LaunchView.Row item, LaunchItemForm form,
                                                FieldErrors errors, String conflict);
    }

    @GET
    @Path("alliances/{id}/launch")
    @Reads(ALLIANCE)
    public TemplateInstance show(long id) {
        return Templates.show(views.view(id), LaunchItemForm.blank(), FieldErrors.none(), null);
    }

    @POST
    @Path("alliances/{id}/launch/standard")
    @Writes(ALLIANCE)
    public Response createStandard(long id) {
        int added = launch.createStandard(id, true);
        flash.set(added == 0 ? "The standard checklist is complete: nothing to add."
                : "Standard checklist: " + added + (added == 1 ? " item" : " items") + " added.");
        return Redirects.seeOther("/alliances/" + id + "/launch");
    }

    @POST
    @Path("alliances/{id}/launch/items")
    @Writes(ALLIANCE)
    public Response add(long id, @BeanParam LaunchItemForm form) {
        LaunchView view = views.view(id);
        FieldErrors errors = new FieldErrors();
        LaunchItemData data = form.toData(errors);
        return forms.submit(errors, data, () -> "/alliances/" + id + "/launch#item-" + launch.add(id, data).id,
                "“" + data.title() + "” added to the checklist.",
                (e, conflict) -> Templates.show(view, form, e, conflict));
    }

    @GET
    @Path("launch-items/{id}/edit")
    @Writes(LAUNCH_ITEM)
    public TemplateInstance editForm(long id) {
        LaunchItem item = launch.get(id);
        LaunchView view = views.view(item.allianceId);
        return Templates.itemForm(view, view.item(id), LaunchItemForm.of(item, view.launchDate()), FieldErrors.none(),
                null);
    }

    @POST
    @Path("launch-items/{id}")
    @Writes(LAUNCH_ITEM)
    public Response update(long id, @BeanParam LaunchItemForm form) {
        LaunchItem item = launch.get(id);
        LaunchView view = views.view(item.allianceId);
        FieldErrors errors = new FieldErrors();
        LaunchItemData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    launch.update(id, form.version, data);
                    return "/alliances/" + item.allianceId + "/launch#item-" + id;
                }, "“" + data.title() + "” saved.",
                (e, conflict) -> Templates.itemForm(view, view.item(id), form, e, conflict));
    }

    @POST
    @Path("launch-items/{id}/done")
    @Writes(LAUNCH_ITEM)
    public Response markDone(long id, @RestForm Long version, @RestForm boolean done) {
        LaunchItem item = launch.get(id);
        return forms.submit(FieldErrors.none(), item, () -> {
                    launch.markDone(id, version, done);
                    return "/alliances/" + item.allianceId + "/launch#item-" + id;
                }, "“" + item.title + "” marked " + (done ? "done." : "not done."),
                (e, conflict) -> Templates.show(views.view(item.allianceId), LaunchItemForm.blank(), e, conflict));
    }

    @GET
    @Path("launch-items/{id}/delete")
    @Writes(LAUNCH_ITEM)
    public TemplateInstance confirmDelete(long id) {
        LaunchItem item = launch.get(id);
        return Confirm.delete("checklist item “" + item.title + "”",
                item.kind == null ? "The item is removed from the launch checklist."
                        : "It is a standard item: “Create the standard checklist” adds it again.",
                "/launch-items/" + id + "/delete", "/alliances/" + item.allianceId + "/launch");
    }

    @POST
    @Path("launch-items/{id}/delete")
    @Writes(LAUNCH_ITEM)
    public Response delete(long id) {
        String title = launch.get(id).title;
        long allianceId = launch.delete(id);
        flash.set("“" + title + "” deleted from the checklist.");
        return Redirects.seeOther("/alliances/" + allianceId + "/launch");
    }
}
