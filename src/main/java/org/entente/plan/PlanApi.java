package org.entente.plan;

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
import org.entente.body.BodyService;
import org.entente.web.Expensive;
import org.entente.web.Problem;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.net.URI;

import static org.entente.web.ValidationFailed.requireBody;

import static org.entente.web.scope.Kind.BODY;
import static org.entente.web.scope.Kind.MEETING;

/** JSON API for plans: preview, accept (generate or re-plan), read, and change single meetings. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans and meetings")
public class PlanApi {

    private final PlanService plans;
    private final PlanViews views;
    private final MeetingService meetings;
    private final BodyService bodies;

    public PlanApi(PlanService plans, PlanViews views, MeetingService meetings, BodyService bodies) {
        this.plans = plans;
        this.views = views;
        this.meetings = meetings;
        this.bodies = bodies;
    }

    @GET
    @Path("bodies/{id}/plan")
    @Reads(BODY)
    public PlanJson current(long id) {
        return PlanJson.of(views.schedule(id));
    }

    @POST
    @Expensive(Expensive.Kind.PREVIEW)
    @Path("bodies/{id}/plan/preview")
    @Writes(BODY)
    public PlanJson preview(long id) {
        PlanPreview preview = plans.preview(id);
        return PlanJson.of(preview, views.preview(preview));
    }

    /**
     * Generates and accepts the next plan version. {@code basePlanVersion} (0 before the first plan) and
     * {@code bodyVersion} default to the current ones; a client that previewed first sends the preview's, and its
     * {@code digest} to accept exactly what it previewed: if the planner would now propose something else, the
     * answer is 409 with the new preview and the differences, and nothing is saved.
     */
    @POST
    @Path("bodies/{id}/plan")
    @Writes(BODY)
    public Response accept(long id, PlanJson.Accept body) {
        Integer base = body != null && body.basePlanVersion() != null ? body.basePlanVersion()
                : Plan.current(id).map(p -> p.planVersion).orElse(0);
        Long bodyVersion = body != null && body.bodyVersion() != null ? body.bodyVersion() : bodies.get(id).version;
        try {
            plans.accept(id, base, bodyVersion, body == null ? null : body.digest());
        } catch (PlanChanged e) {
            ScheduleView view = views.preview(e.preview());
            return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                    .entity(new PlanJson.Changed("about:blank", "Plan changed", 409,
                            "The plan changed since it was previewed: review the new preview and accept it again.",
                            "/api/bodies/" + id + "/plan", PlanDifference.of(e.differences(), view),
                            PlanJson.of(e.preview(), view))).build();
        }
        return Response.created(URI.create("/api/bodies/" + id + "/plan")).entity(PlanJson.of(views.schedule(id))).build();
    }

    @GET
    @Path("meetings/{id}")
    @Reads(MEETING)
    public MeetingJson meeting(long id) {
        return MeetingJson.of(meetings.get(id));
    }

    @PUT
    @Path("meetings/{id}")
    @Writes(MEETING)
    public MeetingJson update(long id, MeetingJson body) {
        return MeetingJson.of(meetings.edit(id, requireBody(body).version(), body.toEdit()));
    }

    /** Cancels the meeting; it stays in the plan as cancelled. */
    @DELETE
    @Path("meetings/{id}")
    @Writes(MEETING)
    public MeetingJson cancel(long id, @QueryParam("version") Long version) {
        meetings.cancel(id, version);
        // read again: the cancelled entity's session closed with its transaction, and its attendees are lazy
        return MeetingJson.of(meetings.get(id));
    }

    @POST
    @Path("meetings/{id}/unlock")
    @Writes(MEETING)
    public MeetingJson unlock(long id, MeetingJson body) {
        return MeetingJson.of(meetings.unlock(id, requireBody(body).version()));
    }
}
