package org.entente.calendar;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.platform.Secrets;
import org.entente.web.Expensive;
import org.entente.web.Flash;
import org.entente.web.Redirects;
import org.entente.web.SiteAddress;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;

import java.util.Arrays;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BODY;
import static org.entente.web.scope.Kind.PERSON;

/** iCalendar downloads, the secret subscription feeds, and the forms that issue and revoke feed addresses. */
@Path("/")
public class CalendarPages {

    static final String ICS = "text/calendar; charset=utf-8";

    @Inject
    MeetingEvents events;
    @Inject
    FeedService feeds;
    @Inject
    Flash flash;
    @Inject
    SiteAddress site;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedIssued(String httpsUrl, String webcalUrl, String back, String owner);
    }

    @GET
    @Expensive(Expensive.Kind.CALENDAR)
    @Path("bodies/{id}/calendar.ics")
    @Reads(BODY)
    public Response body(long id) {
        return download(events.body(id, base()), "body-" + id);
    }

    @GET
    @Expensive(Expensive.Kind.CALENDAR)
    @Path("alliances/{id}/calendar.ics")
    @Reads(ALLIANCE)
    public Response alliance(long id) {
        return download(events.alliance(id, base()), "alliance-" + id);
    }

    @GET
    @Expensive(Expensive.Kind.CALENDAR)
    @Path("people/{id}/calendar.ics")
    @Reads(PERSON)
    public Response person(long id) {
        return download(events.person(id, base()), "person-" + id);
    }

    /** No login: the secret is the key. Unknown, revoked and replaced secrets are 404 alike. */
    @GET
    @PermitAll
    @Expensive(value = Expensive.Kind.CALENDAR, perPathParam = "secret")
    @Path("feeds/{secret}.ics")
    @Unscoped("a secret feed address: calendar apps have no login, the secret is the permission")
    public Response feed(String secret, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CalendarFeed feed = feeds.open(secret);
        MeetingEvents.Events found = feed.bodyId != null ? events.body(feed.bodyId, base())
                : events.person(feed.personId, base());
        String ics = found.ics();
        String etag = "\"" + Secrets.hash(ics).substring(0, 32) + "\"";
        Response.ResponseBuilder response = matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(ics, ICS);
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .build();
    }

    @POST
    @Path("bodies/{id}/feed")
    @Writes(BODY)
    @Produces(MediaType.TEXT_HTML)
    public Response issueBodyFeed(long id) {
        return issued(FeedOwner.BODY, id, feeds.issueFeed(FeedOwner.BODY, id), "/bodies/" + id + "/schedule");
    }

    @POST
    @Path("people/{id}/feed")
    @Writes(PERSON)
    @Produces(MediaType.TEXT_HTML)
    public Response issuePersonFeed(long id) {
        return issued(FeedOwner.PERSON, id, feeds.issueFeed(FeedOwner.PERSON, id), "/people/" + id + "/meetings");
    }

    @POST
    @Path("bodies/{id}/feed/revoke")
    @Writes(BODY)
    public Response revokeBodyFeed(long id) {
        flash.set(feeds.revokeFeed(FeedOwner.BODY, id) ? "Feed address revoked: calendars subscribed to it get nothing more."
                : "There was no feed address to revoke.");
        return Redirects.seeOther("/bodies/" + id + "/schedule");
    }

    @POST
    @Path("people/{id}/feed/revoke")
    @Writes(PERSON)
    public Response revokePersonFeed(long id) {
        flash.set(feeds.revokeFeed(FeedOwner.PERSON, id) ? "Feed address revoked: calendars subscribed to it get nothing more."
                : "There was no feed address to revoke.");
        return Redirects.seeOther("/people/" + id + "/meetings");
    }

    /** The secret is shown on this response only (it is not stored), so it must not be cached anywhere. */
    private Response issued(FeedOwner owner, long id, String secret, String back) {
        String https = base() + "/feeds/" + secret + ".ics";
        String webcal = https.replaceFirst("^https?://", "webcal://");
        return Response.ok(Templates.feedIssued(https, webcal, back, owner == FeedOwner.BODY ? "body" : "person"),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private Response download(MeetingEvents.Events found, String file) {
        return Response.ok(found.ics(), ICS)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".ics\"").build();
    }

    /** Links in calendars and feed addresses use the configured site address, never the request's Host header. */
    private String base() {
        return site.base();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(t -> t.replaceFirst("^W/", ""))
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
