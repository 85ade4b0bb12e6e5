package org.entente.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * A page (anything routed outside /api) changes something only from an HTML form: its POST, PUT, PATCH or DELETE
 * must be {@code application/x-www-form-urlencoded} or {@code multipart/form-data}, the two encodings for which
 * quarkus-rest-csrf demands and checks the {@code csrf-token} field. Anything else (text/plain, JSON, no
 * Content-Type at all) is 415 before the resource runs, so no page write can skip the token.
 */
public class PageWriteEncoding {

    @ServerRequestFilter
    public Optional<Response> onlyForms(ContainerRequestContext context, ResourceInfo resource,
                                        HttpServerRequest request) {
        if (!WriteRoutes.changes(context.getMethod()) || WriteRoutes.isApi(resource)) {
            return Optional.empty();
        }
        MediaType type = context.getMediaType();
        if (type != null && (form(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || form(type, MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return Optional.empty();
        }
        return Optional.of(ErrorMappers.respond(request, 415, "Unsupported Media Type",
                "Pages accept changes only from their forms (application/x-www-form-urlencoded or multipart/form-data).",
                List.of()));
    }

    private static boolean form(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType())
                && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }
}
