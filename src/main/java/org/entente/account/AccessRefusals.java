package org.entente.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Puts refused requests on the audit trail: those the alliance rules refuse ({@link AccessRefused}, fired where the
 * refusal is decided) and those Quarkus security refuses a logged-in user (an administrators' page asked for by
 * someone else: {@code @RolesAllowed}, 403). Anonymous callers Quarkus sends to the login page are not recorded:
 * that is every visit before a login. Each is recorded in a transaction of its own, and a failure to record leaves
 * the answer (403 or 404) as it was.
 */
@ApplicationScoped
public class AccessRefusals {

    private final SecurityAudit audit;
    private final Instance<CurrentVertxRequest> request;

    public AccessRefusals(SecurityAudit audit, Instance<CurrentVertxRequest> request) {
        this.audit = audit;
        this.request = request;
    }

    void refused(@Observes AccessRefused refused) {
        SecurityEvent event = SecurityEvent.of(SecurityEvent.Kind.ACCESS_REFUSED)
                .route(refused.method(), refused.path(), refused.status())
                .record(refused.kind(), refused.id());
        if (refused.userId() != null) {
            event.actor(refused.userId(), null);
        }
        audit.recordApart(event);
    }

    void refused(@Observes AuthorizationFailureEvent failure) {
        SecurityIdentity identity = failure.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        RoutingContext context = failure.getEventProperties().get(RoutingContext.class.getName())
                instanceof RoutingContext routing ? routing : current();
        SecurityEvent event = SecurityEvent.of(SecurityEvent.Kind.ACCESS_REFUSED)
                .actor(identity.getAttribute(Identities.USER_ID), identity.getPrincipal().getName())
                .detail("role required");
        if (context != null) {
            event.route(context.request().method().name(), context.normalizedPath(), 403);
        }
        audit.recordApart(event);
    }

    private RoutingContext current() {
        try {
            return request.get().getCurrent();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
