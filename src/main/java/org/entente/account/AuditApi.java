package org.entente.account;

import org.entente.web.scope.Unscoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDateTime;
import java.util.List;

/** For administrators: the audit trail of security events as JSON, filtered and paged. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Identities.ADMIN)
@Unscoped("the audit trail of security events, for administrators")
public class AuditApi {

    /** One security event; the trail holds no password, token, secret or cookie. */
    public record Event(long id, LocalDateTime occurredAt, SecurityEvent.Kind kind, Long actorId, String actorEmail,
                        Long subjectId, String subjectEmail, String address, String method, String path,
                        String recordKind, Long recordId, Integer status, String detail) {
        static Event of(SecurityEvent e) {
            return new Event(e.id, e.occurredAt, e.kind, e.actorId, e.actorEmail, e.subjectId, e.subjectEmail,
                    e.address, e.method, e.path, e.recordKind, e.recordId, e.status, e.detail);
        }
    }

    /** A page of events, newest first, and how many pass the filter in all. */
    public record Events(List<Event> events, int page, int size, long total) {
    }

    @Inject
    SecurityAudit audit;

    @GET
    @Path("audit")
    public Events list(@BeanParam AuditFilter filter) {
        AuditQuery.Answer answer = audit.search(filter.query());
        return new Events(answer.events().stream().map(Event::of).toList(), answer.page(), answer.size(),
                answer.total());
    }
}
