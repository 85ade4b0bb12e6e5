package org.entente.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Carries the flash message across the redirect in a short-lived cookie and clears it once shown. */
public class FlashCookie {

    static final String NAME = "entente-flash";

    @Inject
    Flash flash;
    /** Secure like the session cookie (sent over HTTPS only) unless ENTENTE_SECURE_COOKIE=false. */
    @ConfigProperty(name = "entente.auth.secure-cookie", defaultValue = "true")
    boolean secure;

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(NAME);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            flash.received(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        }
    }

    @ServerResponseFilter
    public void write(ContainerResponseContext response) {
        String outgoing = flash.outgoing();
        if (outgoing != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, NAME + "="
                    + URLEncoder.encode(outgoing, StandardCharsets.UTF_8)
                    + "; Path=/; Max-Age=60; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
        } else if (flash.getMessage() != null && response.getStatus() / 100 != 3) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                    + (secure ? "; Secure" : ""));
        }
    }
}
