package org.entente.account;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.entente.platform.ExpiredRows;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Writes the audit trail: each security event becomes a {@code security_event} row and a log line. The caller names
 * the event and the account it is about; the time comes from the clock, and the actor and client address from the
 * current request when there is one. Nothing secret is ever passed in, and a path is kept with every long opaque
 * segment (an invitation or feed secret) replaced, so the table can be shown to administrators as it is.
 */
@ApplicationScoped
public class SecurityAudit implements ExpiredRows {

    private static final Logger LOG = Logger.getLogger(SecurityAudit.class);
    private static final Pattern OPAQUE = Pattern.compile("(?<=/)[A-Za-z0-9_-]{20,}(?=[/.]|$)");

    private final AuditConfig config;
    private final Clock clock;
    private final Instance<CurrentUser> viewer;
    private final Instance<CurrentVertxRequest> request;

    public SecurityAudit(AuditConfig config, Clock clock, Instance<CurrentUser> viewer,
                         Instance<CurrentVertxRequest> request) {
        this.config = config;
        this.clock = clock;
        this.viewer = viewer;
        this.request = request;
    }

    /** Records the event in the caller's transaction, so it commits, or rolls back, with the change it describes. */
    @Transactional
    public void record(SecurityEvent event) {
        store(fromRequest(event));
    }

    /**
     * Records the event in a transaction of its own, for what is refused (the refusal itself writes nothing); on an
     * I/O thread (Quarkus refuses a role there) the write goes to a worker thread. A failure to record is logged and
     * swallowed: it must not change the answer the caller was going to give.
     */
    public void recordApart(SecurityEvent event) {
        fromRequest(event);
        Runnable write = () -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> store(event));
            } catch (RuntimeException e) {
                LOG.warnf("Could not record the security event %s: %s", event.kind, e.getMessage());
                log(event);
            }
        };
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(write);
        } else {
            write.run();
        }
    }

    /** One page of the trail for the administrators' page and API; 400 naming each filter field that does not parse. */
    @Transactional
    public AuditQuery.Answer search(AuditQuery query) {
        return query.answer();
    }

    @Override
    public String what() {
        return "security events";
    }

    @Override
    public int deleteExpired(Instant now) {
        return (int) SecurityEvent.delete("occurredAt < ?1",
                LocalDateTime.ofInstant(now.minus(config.retention()), ZoneOffset.UTC));
    }

    /** The path with every long opaque segment (an invitation or feed secret) replaced by {@code {secret}}. */
    static String redact(String path) {
        if (path == null) {
            return null;
        }
        String safe = OPAQUE.matcher(path).replaceAll("{secret}");
        return safe.length() <= 300 ? safe : safe.substring(0, 300);
    }

    /** Takes the time from the clock, and the address and the logged-in user from the current request if any. */
    private SecurityEvent fromRequest(SecurityEvent event) {
        event.occurredAt = LocalDateTime.now(clock);
        event.path = redact(event.path);
        if (Arc.container().requestContext().isActive()) {
            RoutingContext current = request.get().getCurrent();
            if (event.address == null && current != null && current.request().remoteAddress() != null) {
                event.address = current.request().remoteAddress().hostAddress();
            }
            CurrentUser user = viewer.get();
            if (event.actorId == null && user.isLoggedIn()) {
                event.actorId = user.id();
                event.actorEmail = user.email();
            }
        }
        return event;
    }

    private void store(SecurityEvent event) {
        if (event.actorId != null && event.actorEmail == null) {
            event.actorEmail = emailOf(event.actorId);
        }
        if (event.subjectId != null && event.subjectEmail == null) {
            event.subjectEmail = emailOf(event.subjectId);
        }
        event.persist();
        log(event);
    }

    private static String emailOf(long userId) {
        return UserAccount.<UserAccount>findByIdOptional(userId).map(u -> u.email).orElse(null);
    }

    private static void log(SecurityEvent event) {
        LOG.infof("%s actor=%s subject=%s address=%s%s%s%s", event.kind, event.actorEmail, event.subjectEmail,
                event.address, event.path == null ? "" : " " + event.method + " " + event.path,
                event.recordKind == null ? "" : " " + event.recordKind + "=" + event.recordId,
                event.detail == null ? "" : " (" + event.detail + ")");
    }
}
