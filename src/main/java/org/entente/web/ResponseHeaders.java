package org.entente.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * Headers that depend on the answer, added to every page, API, PDF and calendar answer (the fixed ones are
 * {@code quarkus.http.header.*}): {@code Cache-Control: no-store} unless the resource chose its caching itself (only
 * the secret calendar feed does: {@code private, max-age=300}), so no shared or browser cache keeps a logged-in answer;
 * {@code Strict-Transport-Security} when cookies are Secure, i.e. when Entente is served over HTTPS; and a charset on
 * every text answer that lacks one. Static assets are not answered here and stay cacheable.
 */
public class ResponseHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "entente.auth.secure-cookie", defaultValue = "true")
    boolean secure;

    /** Runs after the other response filters (lower priority runs later), e.g. Qute's, which sets a template's type. */
    @ServerResponseFilter(priority = Priorities.AUTHENTICATION)
    public void add(ContainerResponseContext response) {
        var headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (secure) {
            headers.putSingle("Strict-Transport-Security", HSTS);
        }
        MediaType type = response.getMediaType();
        if (type != null && needsCharset(type.toString()) && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            headers.putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8").toString());
        }
    }

    private static boolean needsCharset(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("text/") || lower.startsWith(MediaType.APPLICATION_JSON);
    }
}
