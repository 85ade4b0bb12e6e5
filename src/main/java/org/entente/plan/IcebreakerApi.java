package org.entente.plan;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.web.scope.ChangesLibrary;
import org.entente.web.scope.Unscoped;

import java.net.URI;
import java.util.List;

import static org.entente.web.ValidationFailed.requireBody;

/** JSON API for the ice-breaker library. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ice-breakers")
public class IcebreakerApi {

    private final IcebreakerService icebreakers;

    public IcebreakerApi(IcebreakerService icebreakers) {
        this.icebreakers = icebreakers;
    }

    @GET
    @Path("icebreakers")
    @Unscoped("the shared ice-breakers library, which every user reads")
    public List<IcebreakerJson> list() {
        return icebreakers.list().stream().map(IcebreakerJson::of).toList();
    }

    @GET
    @Path("icebreakers/{id}")
    @Unscoped("the shared ice-breakers library, which every user reads")
    public IcebreakerJson get(long id) {
        return IcebreakerJson.of(icebreakers.get(id));
    }

    @POST
    @Path("icebreakers")
    @ChangesLibrary("ice-breakers")
    public Response create(IcebreakerJson body) {
        Icebreaker created = icebreakers.add(requireBody(body).toData());
        return Response.created(URI.create("/api/icebreakers/" + created.id)).entity(IcebreakerJson.of(created)).build();
    }

    /** Changes the question text and/or {@code active}; the version read must be sent. */
    @PUT
    @Path("icebreakers/{id}")
    @ChangesLibrary("ice-breakers")
    public IcebreakerJson update(long id, IcebreakerJson body) {
        return IcebreakerJson.of(icebreakers.update(id, requireBody(body).version(), body.toData()));
    }
}
