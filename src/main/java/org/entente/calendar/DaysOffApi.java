package org.entente.calendar;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.net.URI;
import java.util.List;

import static org.entente.web.ValidationFailed.requireBody;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BLACKOUT;
import static org.entente.web.scope.Kind.OFFICE_DAY_OFF;

/** JSON API for an alliance's blackout periods and its offices' extra days off. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Days off")
public class DaysOffApi {

    private final DaysOffService daysOff;

    public DaysOffApi(DaysOffService daysOff) {
        this.daysOff = daysOff;
    }

    @GET
    @Path("alliances/{id}/blackouts")
    @Reads(ALLIANCE)
    public List<BlackoutJson> blackouts(long id) {
        return daysOff.blackouts(id).stream().map(BlackoutJson::of).toList();
    }

    @POST
    @Path("alliances/{id}/blackouts")
    @Writes(ALLIANCE)
    public Response addBlackout(long id, BlackoutJson body) {
        BlackoutPeriod created = daysOff.addBlackout(id, requireBody(body).toData());
        return Response.created(URI.create("/api/blackouts/" + created.id)).entity(BlackoutJson.of(created)).build();
    }

    @DELETE
    @Path("blackouts/{id}")
    @Writes(BLACKOUT)
    public Response deleteBlackout(long id) {
        daysOff.deleteBlackout(id);
        return Response.noContent().build();
    }

    @GET
    @Path("alliances/{id}/office-days-off")
    @Reads(ALLIANCE)
    public List<OfficeDayOffJson> officeDaysOff(long id) {
        return daysOff.officeDaysOff(id).stream().map(OfficeDayOffJson::of).toList();
    }

    @POST
    @Path("alliances/{id}/office-days-off")
    @Writes(ALLIANCE)
    public Response addOfficeDayOff(long id, OfficeDayOffJson body) {
        OfficeDayOff created = daysOff.addOfficeDayOff(id, requireBody(body).toData());
        return Response.created(URI.create("/api/office-days-off/" + created.id))
                .entity(OfficeDayOffJson.of(created)).build();
    }

    @DELETE
    @Path("office-days-off/{id}")
    @Writes(OFFICE_DAY_OFF)
    public Response deleteOfficeDayOff(long id) {
        daysOff.deleteOfficeDayOff(id);
        return Response.noContent().build();
    }
}
