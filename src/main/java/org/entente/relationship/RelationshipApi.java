package org.entente.relationship;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.web.scope.ChangesLibrary;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.entente.web.ValidationFailed.requireBody;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.INTERACTION;
import static org.entente.web.scope.Kind.PERSON;

/** JSON API for keep-in-touch cadences, interactions, the tips library, counterpart maps and weekly digests. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships")
public class RelationshipApi {

    private final KeepInTouchService keepInTouch;
    private final KeepInTouchViews views;
    private final TipService tips;
    private final CounterpartViews counterparts;
    private final DigestService digests;
    private final Clock clock;

    public RelationshipApi(KeepInTouchService keepInTouch, KeepInTouchViews views, TipService tips,
                           CounterpartViews counterparts, DigestService digests, Clock clock) {
        this.clock = clock;
        this.keepInTouch = keepInTouch;
        this.views = views;
        this.tips = tips;
        this.counterparts = counterparts;
        this.digests = digests;
    }

    /** The people of the partners not marked ours, most overdue first; {@code owner} keeps only theirs. */
    @GET
    @Path("alliances/{id}/keep-in-touch")
    @Reads(ALLIANCE)
    public List<KeepInTouchRow> dashboard(long id, @QueryParam("owner") Long owner) {
        return views.dashboard(id, owner).rows();
    }

    /** For each governance layer, who on our side pairs with whom on the partner side. */
    @GET
    @Path("alliances/{id}/counterparts")
    @Reads(ALLIANCE)
    public CounterpartMap counterparts(long id) {
        return counterparts.map(id);
    }

    /** This week's digest of an owner on our side: their people overdue or due within 30 days. */
    @GET
    @Path("people/{id}/digest")
    @Reads(PERSON)
    public OwnerDigest digest(long id) {
        return digests.digest(id, LocalDate.now(clock));
    }

    @PUT
    @Path("people/{id}/keep-in-touch")
    @Writes(PERSON)
    public KeepInTouchRow setCadence(long id, KeepInTouchJson body) {
        keepInTouch.setCadence(id, requireBody(body).version(), body.toData());
        return views.row(id);
    }

    @GET
    @Path("people/{id}/interactions")
    @Reads(PERSON)
    public List<InteractionJson> interactions(long id) {
        keepInTouch.person(id);
        return Interaction.ofPerson(id).stream().map(InteractionJson::of).toList();
    }

    @POST
    @Path("people/{id}/interactions")
    @Writes(PERSON)
    public Response log(long id, InteractionJson body) {
        Interaction created = keepInTouch.log(id, requireBody(body).toData());
        return Response.created(URI.create("/api/interactions/" + created.id)).entity(InteractionJson.of(created)).build();
    }

    @DELETE
    @Path("interactions/{id}")
    @Writes(INTERACTION)
    public Response deleteInteraction(long id) {
        keepInTouch.deleteInteraction(id);
        return Response.noContent().build();
    }

    @GET
    @Path("tips")
    @Unscoped("the shared tips library, which every user reads")
    public List<TipJson> tips() {
        return tips.list().stream().map(TipJson::of).toList();
    }

    @POST
    @Path("tips")
    @ChangesLibrary("tips")
    public Response addTip(TipJson body) {
        Tip created = tips.add(requireBody(body).toData());
        return Response.created(URI.create("/api/tips/" + created.id)).entity(TipJson.of(created)).build();
    }
}
