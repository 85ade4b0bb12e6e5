package org.entente.launch;

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

import java.net.URI;

import static org.entente.web.ValidationFailed.requireBody;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.LAUNCH_ITEM;

/** JSON API for an alliance's launch event and its checklist. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Launch event")
public class LaunchApi {

    private final LaunchService launch;
    private final LaunchViews views;

    public LaunchApi(LaunchService launch, LaunchViews views) {
        this.launch = launch;
        this.views = views;
    }

    /** The launch event and its checklist (created with the alliance; reading never writes). */
    @GET
    @Path("alliances/{id}/launch")
    @Reads(ALLIANCE)
    public LaunchJson get(long id) {
        return LaunchJson.of(views.view(id));
    }

    @POST
    @Path("alliances/{id}/launch/items")
    @Writes(ALLIANCE)
    public Response add(long id, LaunchItemJson body) {
        LaunchItem created = launch.add(id, requireBody(body).toData());
        return Response.created(URI.create("/api/launch-items/" + created.id)).entity(views.row(created)).build();
    }

    @GET
    @Path("launch-items/{id}")
    @Reads(LAUNCH_ITEM)
    public LaunchView.Row item(long id) {
        return views.row(launch.get(id));
    }

    @PUT
    @Path("launch-items/{id}")
    @Writes(LAUNCH_ITEM)
    public LaunchView.Row update(long id, LaunchItemJson body) {
        return views.row(launch.update(id, requireBody(body).version(), body.toData()));
    }

    @DELETE
    @Path("launch-items/{id}")
    @Writes(LAUNCH_ITEM)
    public Response delete(long id) {
        launch.delete(id);
        return Response.noContent().build();
    }
}
