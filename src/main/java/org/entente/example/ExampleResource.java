package org.entente.example;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceJson;
import org.entente.web.Flash;
import org.entente.web.Redirects;

import java.net.URI;

/** Loads the example alliance from the empty alliance list (page) or by API. */
@Path("/")
public class ExampleResource {

    @Inject
    ExampleAlliance example;
    @Inject
    Flash flash;

    @POST
    @Path("example")
    @Produces(MediaType.TEXT_HTML)
    public Response loadFromPage() {
        Alliance loaded = example.load();
        flash.set("Example alliance “" + loaded.name + "” loaded. Open a governance body to see its cadence.");
        return Redirects.seeOther("/alliances/" + loaded.id);
    }

    @POST
    @Path("api/example")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Alliances")
    public Response loadFromApi() {
        Alliance loaded = example.load();
        return Response.created(URI.create("/api/alliances/" + loaded.id)).entity(AllianceJson.summary(loaded)).build();
    }
}
