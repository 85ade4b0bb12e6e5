package org.entente.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.Found;
import org.entente.web.Html;
import org.entente.web.scope.Reads;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.PERSON;

/** Time lines across bodies: every meeting of an alliance, and "my meetings" of one person across alliances. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TimelinePages {

    @Inject
    Timelines timelines;
    @Inject
    ScheduleCache cache;
    @Inject
    FeedStatus feeds;
    @Inject
    org.entente.web.Viewer viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(String title, RawString content, Long personId, String feedIssuedAt,
                                                 boolean mayIssueFeed);

        static native TemplateInstance timelineContent(Timelines.Timeline timeline, String heading, Long allianceId,
                                                      Long personId);
    }

    /** The alliance's plan: all of it but the layout comes from {@link ScheduleCache} while its data is unchanged. */
    @GET
    @Path("alliances/{id}/plan")
    @Reads(ALLIANCE)
    public Response alliance(long id) {
        ScheduleCache.Stamp stamp = Found.orNotFound(cache.allianceStamp(id).orElse(null), "alliance", id);
        ScheduleCache.Page page = cache.alliancePlan(id, stamp,
                () -> render(timelines.alliance(id), "Alliance plan", id, null));
        return Html.around(page.html(), content -> Templates.timeline(page.title(), content, null, null, false));
    }

    @GET
    @Path("people/{id}/meetings")
    @Reads(PERSON)
    public Response person(long id) {
        ScheduleCache.Page page = render(timelines.person(id), "My meetings", null, id);
        String feedIssuedAt = feeds.issuedAt("people", id);
        boolean mayIssueFeed = viewer.mayEdit(timelines.allianceOf(id));
        return Html.around(page.html(), content -> Templates.timeline(page.title(), content, id, feedIssuedAt,
                mayIssueFeed));
    }

    private static ScheduleCache.Page render(Timelines.Timeline timeline, String heading, Long allianceId, Long personId) {
        return new ScheduleCache.Page(heading + ": " + timeline.title(),
                Html.utf8(Templates.timelineContent(timeline, heading, allianceId, personId).render()),
                ScheduleCache.validUntil(timeline.months().stream().flatMap(m -> m.entries().stream())
                        .map(Timelines.Entry::meeting)));
    }
}
