package org.entente.relationship;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.FieldErrors;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.PERSON;

/** The counterpart map of an alliance, and pairing a partner-side person with one of our people in place. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CounterpartPages {

    @Inject
    CounterpartViews counterparts;
    @Inject
    KeepInTouchViews views;
    @Inject
    KeepInTouchService keepInTouch;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(CounterpartMap map, FieldErrors errors, String conflict);
    }

    @GET
    @Path("alliances/{id}/counterparts")
    @Reads(ALLIANCE)
    public TemplateInstance map(long id) {
        return Templates.map(counterparts.map(id), FieldErrors.none(), null);
    }

    /** Makes {@code ownerId} the counterpart (keep-in-touch owner) of the person, back to the layer it was done in. */
    @POST
    @Path("people/{id}/counterpart")
    @Writes(PERSON)
    public Response pair(long id, @RestForm String ownerId, @RestForm Long version, @RestForm String layer) {
        KeepInTouchRow row = views.row(id);
        FieldErrors errors = new FieldErrors();
        Long owner = Parse.id(errors, "ownerId", ownerId);
        if (owner == null && errors.isEmpty()) {
            errors.add("ownerId", "Choose who on our side pairs with " + row.name());
        }
        Long layerId = Parse.id(new FieldErrors(), "layer", layer);
        String ownerName = views.owners(row.allianceId()).stream().filter(o -> o.key().equals(String.valueOf(owner)))
                .map(Option::label).findFirst().orElse("");
        return forms.submit(errors, new KeepInTouchData(row.ownMonths(), owner), () -> {
                    keepInTouch.pairWith(id, version, owner);
                    return "/alliances/" + row.allianceId() + "/counterparts" + (layerId == null ? "" : "#layer-" + layerId);
                }, row.name() + " is paired with " + ownerName + ".",
                (e, conflict) -> Templates.map(counterparts.map(row.allianceId()), e, conflict));
    }
}
