package org.entente.example;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceJson;
import org.entente.web.scope.CreatesAlliance;

import java.net.URI;

/** Loads the example alliance through the JSON API. */
@Path("/api/example")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class ExampleApi {

    private final ExampleAlliance example;

    public ExampleApi(ExampleAlliance example) {
        this.example = example;
    }

    @POST
    @CreatesAlliance
    public Response load() {
        Alliance loaded = example.load();
        return Response.created(URI.create("/api/alliances/" + loaded.id)).entity(AllianceJson.summary(loaded)).build();
    }
}
