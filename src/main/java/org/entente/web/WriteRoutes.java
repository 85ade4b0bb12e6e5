package org.entente.web;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

import java.util.Set;

/**
 * Decides which defence a state-changing request gets, by the resource it was routed to rather than by its raw path
 * (so {@code //api/x}, {@code /%61pi/x}, {@code /api/../api/x} or {@code ;params} classify as what actually runs):
 * a JSON API route gets the cross-site check, every other route the form-encoding and CSRF-token checks.
 */
final class WriteRoutes {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private WriteRoutes() {
    }

    static boolean changes(String method) {
        return !SAFE.contains(method);
    }

    /** Whether the matched resource class is part of the JSON API (its {@code @Path} is /api or below). */
    static boolean isApi(ResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Path path = type == null ? null : type.getAnnotation(Path.class);
        if (path == null) {
            return false;
        }
        String value = path.value().replaceAll("^/+", "");
        return value.equals("api") || value.startsWith("api/");
    }
}
