package org.entente.plan;

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
import org.entente.web.FieldErrors;
import org.entente.web.FormPage;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.ChangesLibrary;
import org.entente.web.scope.Unscoped;

import java.util.List;

/** The ice-breaker library: list, add, edit, deactivate and reactivate questions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IcebreakerPages {

    @Inject
    IcebreakerService icebreakers;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<IcebreakerView> icebreakers, IcebreakerForm form, FieldErrors errors,
                                            String conflict);

        static native TemplateInstance form(IcebreakerView icebreaker, IcebreakerForm form, FieldErrors errors,
                                            String conflict);
    }

    @GET
    @Path("icebreakers")
    @Unscoped("the shared ice-breakers library, which every user reads")
    public TemplateInstance list() {
        return Templates.list(library(), IcebreakerForm.blank(), FieldErrors.none(), null);
    }

    @POST
    @Path("icebreakers")
    @ChangesLibrary("ice-breakers")
    public Response create(@BeanParam IcebreakerForm form) {
        IcebreakerData data = form.toData();
        return forms.submit(FieldErrors.none(), data, () -> "/icebreakers#icebreaker-" + icebreakers.add(data).id,
                "Question added to the library.",
                (e, conflict) -> Templates.list(library(), form, e, conflict));
    }

    @GET
    @Path("icebreakers/{id}/edit")
    @ChangesLibrary("ice-breakers")
    public TemplateInstance editForm(long id) {
        Icebreaker icebreaker = icebreakers.get(id);
        return Templates.form(IcebreakerView.of(icebreaker), IcebreakerForm.of(icebreaker), FieldErrors.none(), null);
    }

    @POST
    @Path("icebreakers/{id}")
    @ChangesLibrary("ice-breakers")
    public Response update(long id, @BeanParam IcebreakerForm form) {
        IcebreakerView icebreaker = IcebreakerView.of(icebreakers.get(id));
        IcebreakerData data = form.toData();
        return forms.submit(FieldErrors.none(), data, () -> {
                    icebreakers.update(id, form.version, data);
                    return "/icebreakers#icebreaker-" + id;
                }, "Question saved.", (e, conflict) -> Templates.form(icebreaker, form, e, conflict));
    }

    /** Deactivates ({@code active=false}) or reactivates a question; new plans only use active ones. */
    @POST
    @Path("icebreakers/{id}/active")
    @ChangesLibrary("ice-breakers")
    public Response activate(long id, @RestForm Long version, @RestForm boolean active) {
        return forms.submit(FieldErrors.none(), id, () -> {
                    icebreakers.activate(id, version, active);
                    return "/icebreakers#icebreaker-" + id;
                }, active ? "Question reactivated: new plans may use it again."
                        : "Question deactivated: new plans no longer use it.",
                (e, conflict) -> Templates.list(library(), IcebreakerForm.blank(), e, conflict));
    }

    private List<IcebreakerView> library() {
        return icebreakers.list().stream().map(IcebreakerView::of).toList();
    }
}
