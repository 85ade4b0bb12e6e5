package org.entente.body;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;
import static org.entente.web.ValidationFailed.requireBody;

import java.net.URI;
import java.util.List;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BODY;

/** JSON API for governance bodies with their cadence and mode policy. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Governance bodies")
public class BodyApi {

    private final BodyService bodies;

    public BodyApi(BodyService bodies) {
        this.bodies = bodies;
    }

    @GET
    @Path("alliances/{id}/bodies")
    @Reads(ALLIANCE)
    public List<BodyJson> list(long id) {
        return bodies.ofAlliance(id).stream().map(BodyJson::of).toList();
    }

    @POST
    @Path("alliances/{id}/bodies")
    @Writes(ALLIANCE)
    public Response create(long id, BodyJson body) {
        GovernanceBody created = bodies.create(id, requireBody(body).toData());
        return Response.created(URI.create("/api/bodies/" + created.id)).entity(BodyJson.of(created)).build();
    }

    @GET
    @Path("bodies/{id}")
    @Reads(BODY)
    public BodyJson get(long id) {
        return BodyJson.of(bodies.get(id));
    }

    @PUT
    @Path("bodies/{id}")
    @Writes(BODY)
    public BodyJson update(long id, BodyJson body) {
        return BodyJson.of(bodies.update(id, requireBody(body).version(), body.toData()));
    }

    @DELETE
    @Path("bodies/{id}")
    @Writes(BODY)
    public Response delete(long id) {
        bodies.delete(id);
        return Response.noContent().build();
    }
}
