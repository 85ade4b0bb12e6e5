package org.entente.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.entente.alliance.MeetingAttendance;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Failures injected in tests only, each keyed so that no other test meets it: one after the change was committed
 * (while the answer is being written, for requests with {@link #HEADER}), one inside the transaction (an attendance
 * observer, for bodies named with {@link #INSIDE}).
 */
@ApplicationScoped
class FailingAfterCommit {

    /** A request with this header fails after its resource method returned, so after its transaction committed. */
    static final String HEADER = "X-Test-Fail-After-Commit";
    /** A body whose name starts with this fails while a meeting is marked held, so the edit rolls back. */
    static final String INSIDE = "[fails inside the transaction] ";

    @ServerResponseFilter
    void failWhileAnswering(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HEADER) != null && response.getStatus() < 500) {
            throw new IllegalStateException("answer failed on purpose after the commit");
        }
    }

    void onAttendance(@Observes MeetingAttendance meeting) {
        if (meeting.title().startsWith(INSIDE)) {
            throw new IllegalStateException("observer failed on purpose inside the transaction");
        }
    }
}
