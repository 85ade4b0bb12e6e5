package org.entente.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Time lines across bodies: every meeting of an alliance, and "my meetings" of one person across alliances. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TimelinePages {

    @Inject
    Timelines timelines;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(Timelines.Timeline timeline, String heading, Long allianceId,
                                               Long personId);
    }

    @GET
    @Path("alliances/{id}/plan")
    public TemplateInstance alliance(long id) {
        return Templates.timeline(timelines.alliance(id), "Alliance plan", id, null);
    }

    @GET
    @Path("people/{id}/meetings")
    public TemplateInstance person(long id) {
        return Templates.timeline(timelines.person(id), "My meetings", null, id);
    }
}
