package org.entente.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a change to the JSON API that a browser sends from another site (forms carry a CSRF token instead):
 * the browser's {@code Sec-Fetch-Site} must not say cross-site, and an {@code Origin} must be this host.
 * Scripts send neither header and authenticate with a token, which a foreign page cannot do. What counts as the API
 * is the resource the request was routed to ({@link WriteRoutes}), not its raw path, so {@code //api/x} or
 * {@code /%61pi/x} cannot slip past.
 */
public class CrossSiteCheck {

    @ServerRequestFilter
    public Optional<Response> refuseCrossSite(ContainerRequestContext context, ResourceInfo resource,
                                              HttpServerRequest request) {
        if (!WriteRoutes.changes(context.getMethod()) || !WriteRoutes.isApi(resource)) {
            return Optional.empty();
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean crossSite = "cross-site".equals(fetchSite) || "same-site".equals(fetchSite)
                || origin != null && !sameHost(origin, request.getHeader("Host"));
        if (!crossSite) {
            return Optional.empty();
        }
        return Optional.of(ErrorMappers.respond(request, 403, "Cross-site request refused",
                "The API accepts changes from this site's pages and from scripts with a token, not from other sites.",
                List.of()));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
