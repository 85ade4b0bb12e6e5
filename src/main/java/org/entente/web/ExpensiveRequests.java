package org.entente.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.entente.platform.Secrets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Holds a request for an {@link Expensive} answer to its caller's budget ({@link RequestBudgets}) before the resource
 * runs: beyond it, 429 with {@code Retry-After} (problem+json under /api, a page elsewhere). A logged-in caller is
 * counted per account; a route without login per the path parameter its annotation names (a feed's secret, used only
 * as its hash); an anonymous call to any other route is left to the login check, which refuses it.
 */
public class ExpensiveRequests {

    private final RequestBudgets budgets;
    private final CurrentIdentityAssociation identities;

    public ExpensiveRequests(RequestBudgets budgets, CurrentIdentityAssociation identities) {
        this.budgets = budgets;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        Expensive expensive = method == null ? null : method.getAnnotation(Expensive.class);
        String caller = expensive == null ? null : caller(expensive, context);
        if (caller == null) {
            return Optional.empty();
        }
        OptionalLong wait = budgets.spend(expensive.value(), caller);
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        String seconds = String.valueOf(wait.getAsLong());
        Response refused = ErrorMappers.respond(request, 429, "Too many requests",
                "You asked for this too often. Try again in " + seconds + " seconds.", List.of());
        return Optional.of(Response.fromResponse(refused).header("Retry-After", seconds).build());
    }

    /** Whose budget the request spends, or null when it has no caller to count (the login check refuses it). */
    private String caller(Expensive expensive, ContainerRequestContext context) {
        if (!expensive.perPathParam().isEmpty()) {
            String key = context.getUriInfo().getPathParameters().getFirst(expensive.perPathParam());
            return key == null ? null : "key " + Secrets.hash(key);
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity.isAnonymous() ? null : "user " + identity.getPrincipal().getName();
    }
}
