package org.entente.account;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.entente.web.scope.Declaration;
import org.entente.web.scope.DeclaredRoutes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Enforces per-alliance access on every page and API route before the resource runs, by what the matched resource
 * method declares ({@code org.entente.web.scope}): the record its path names must belong to an alliance the user may
 * see (else 404, as for a missing record) and, for a write, one they manage (else 403). Creating alliances is for
 * administrators; changing the shared libraries is for administrators and managers. A route that declares nothing
 * is refused, whoever asks (and the application does not start with one).
 */
public class AllianceGuard {

    private static final Logger LOG = Logger.getLogger(AllianceGuard.class);
    static final String READ_ONLY = "You may read this alliance but not change it. Ask one of its managers.";

    private final CurrentUser user;
    private final DeclaredRoutes routes;
    private final Event<AccessRefused> refusals;

    public AllianceGuard(CurrentUser user, DeclaredRoutes routes, Event<AccessRefused> refusals) {
        this.user = user;
        this.routes = routes;
        this.refusals = refusals;
    }

    @ServerRequestFilter
    public void guard(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return; // no resource method will run (an automatic OPTIONS answer): there is nothing to guard
        }
        Optional<Declaration> declared = routes.of(resource.getResourceMethod());
        if (declared.isEmpty()) {
            LOG.errorf("Refused %s %s: %s declares no alliance scope", request.getMethod(),
                    request.getUriInfo().getPath(), resource.getResourceMethod());
            throw refuse(request, null, null, new ForbiddenException("This address is not open."));
        }
        Declaration route = declared.get();
        if (route.rule() == Declaration.Rule.UNSCOPED || isAdministrator()) {
            return;
        }
        if (user.strictIdentity().isAnonymous()) {
            throw refuse(request, route, null, new UnauthorizedException());
        }
        switch (route.rule()) {
            case CREATES_ALLIANCE -> throw refuse(request, route, null,
                    new ForbiddenException("Only administrators create alliances."));
            case CHANGES_LIBRARY -> {
                if (!user.mayEditLibraries()) {
                    throw refuse(request, route, null,
                            new ForbiddenException("Only administrators and alliance managers change this library."));
                }
            }
            default -> scoped(request, route);
        }
    }

    /** The record the path names must be one of the user's alliances (404), and for a write one they manage (403). */
    private void scoped(ContainerRequestContext request, Declaration route) {
        Long id = id(request.getUriInfo().getPathParameters().getFirst(route.param()));
        Optional<Long> alliance = id == null ? Optional.empty() : routes.allianceOf(route.kind(), id);
        Optional<AccessRole> role = alliance.flatMap(user::roleOn);
        if (role.isEmpty()) {
            throw refuse(request, route, id, new NotFoundException());
        }
        if (route.writes() && role.get() != AccessRole.MANAGER) {
            throw refuse(request, route, id, new ForbiddenException(READ_ONLY));
        }
    }

    private boolean isAdministrator() {
        return !user.strictIdentity().isAnonymous() && user.isAdministrator();
    }

    /** The id as JAX-RS converts a {@code long} path parameter ({@code +7} and non-ASCII digits are 7 too); else null. */
    private static Long id(String value) {
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tells the audit trail (synchronously, before the answer) and returns the refusal to throw. */
    private RuntimeException refuse(ContainerRequestContext request, Declaration route, Long id, RuntimeException answer) {
        int status = answer instanceof UnauthorizedException ? 401
                : answer instanceof NotFoundException ? 404 : 403;
        Long userId = user.strictIdentity().isAnonymous() ? null : user.id();
        refusals.fire(new AccessRefused(userId, request.getMethod(), request.getUriInfo().getPath(),
                route == null || route.kind() == null ? null : route.kind().name(), id, status));
        return answer;
    }
}
