package org.entente.alliance;

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
import org.entente.web.scope.CreatesAlliance;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;
import static org.entente.web.ValidationFailed.requireBody;

import java.net.URI;
import java.util.List;

import static org.entente.web.scope.Kind.ALLIANCE;

/** JSON API for alliances and for adding partner organisations to them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class AllianceApi {

    private final AllianceService alliances;
    private final PartnerService partners;

    public AllianceApi(AllianceService alliances, PartnerService partners) {
        this.alliances = alliances;
        this.partners = partners;
    }

    @GET
    @Path("alliances")
    @Unscoped("the list of the caller's own alliances")
    public List<AllianceJson> list() {
        return alliances.list().stream().map(AllianceJson::summary).toList();
    }

    @GET
    @Path("alliances/{id}")
    @Reads(ALLIANCE)
    public AllianceJson get(long id) {
        return AllianceJson.full(alliances.get(id));
    }

    @POST
    @Path("alliances")
    @CreatesAlliance
    public Response create(AllianceJson body) {
        Alliance created = alliances.create(requireBody(body).toData());
        return Response.created(URI.create("/api/alliances/" + created.id)).entity(AllianceJson.summary(created)).build();
    }

    @PUT
    @Path("alliances/{id}")
    @Writes(ALLIANCE)
    public AllianceJson update(long id, AllianceJson body) {
        return AllianceJson.summary(alliances.update(id, requireBody(body).version(), body.toData()));
    }

    @DELETE
    @Path("alliances/{id}")
    @Writes(ALLIANCE)
    public Response delete(long id) {
        alliances.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("alliances/{id}/partners")
    @Reads(ALLIANCE)
    public List<PartnerJson> partners(long id) {
        return alliances.get(id).partners.stream().map(PartnerJson::full).toList();
    }

    @POST
    @Path("alliances/{id}/partners")
    @Writes(ALLIANCE)
    public Response addPartner(long id, PartnerJson body) {
        Partner created = partners.addPartner(id, requireBody(body).toData());
        return Response.created(URI.create("/api/partners/" + created.id)).entity(PartnerJson.full(created)).build();
    }
}
