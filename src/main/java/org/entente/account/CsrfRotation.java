package org.entente.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh CSRF token at every login (the login form, an accepted invitation, the first-run setup): whenever an answer
 * opens a session it also replaces the {@code entente-csrf} cookie, so a token seen or planted before login does not
 * work after it. Forms rendered before login (in another tab) must be reloaded. quarkus-rest-csrf re-sends the
 * verified token's cookie on every form POST; this filter runs before its response filter (a higher priority runs
 * earlier for responses) and hands it the new token instead, so the answer carries exactly one, new, cookie.
 */
public class CsrfRotation {

    /** quarkus-rest-csrf's token size in bytes (its default, which its cookie check expects). */
    static final int TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void rotateAtLogin(ContainerResponseContext response, RoutingContext routing) {
        var cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies == null || cookies.stream().noneMatch(CsrfRotation::opensSession)) {
            return;
        }
        byte[] token = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(token);
        // The keys quarkus-rest-csrf's response filter reads: the token, its bytes, and "a cookie must be sent".
        routing.put("csrf_token", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        routing.put("csrf_token_bytes", token);
        routing.put("true", true);
    }

    private static boolean opensSession(Object cookie) {
        if (cookie instanceof NewCookie c) {
            return c.getName().equals(EntenteAuthentication.SESSION_COOKIE) && !c.getValue().isEmpty();
        }
        String text = String.valueOf(cookie);
        return text.startsWith(EntenteAuthentication.SESSION_COOKIE + "=")
                && !text.startsWith(EntenteAuthentication.SESSION_COOKIE + "=;");
    }
}
