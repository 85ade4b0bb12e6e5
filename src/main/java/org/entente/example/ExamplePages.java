package org.entente.example;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.alliance.Alliance;
import org.entente.web.Flash;
import org.entente.web.Redirects;
import org.entente.web.scope.CreatesAlliance;

/** Loads the example alliance from the button on the empty alliance list. */
@Path("/")
public class ExamplePages {

    @Inject
    ExampleAlliance example;
    @Inject
    Flash flash;

    @POST
    @Path("example")
    @CreatesAlliance
    @Produces(MediaType.TEXT_HTML)
    public Response loadFromPage() {
        Alliance loaded = example.load();
        flash.set("Example alliance “" + loaded.name + "” loaded. Open a governance body to see its cadence.");
        return Redirects.seeOther("/alliances/" + loaded.id);
    }
}
