package org.entente.web;

import io.vertx.core.http.HttpServerRequest;

import java.net.URI;

/**
 * Where the login page sends a browser back to: the page it asked for, or, for a form sent after the session ended,
 * the page the form was on (its same-origin {@code Referer}), where js/app.js puts the typed input back.
 */
public final class ReturnAfterLogin {

    private ReturnAfterLogin() {
    }

    public static String of(HttpServerRequest request) {
        if ("GET".equals(request.method().name())) {
            return request.uri();
        }
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            if (!host.equalsIgnoreCase(from.getRawAuthority()) || from.getRawPath() == null
                    || !from.getRawPath().startsWith("/")) {
                return "/";
            }
            return from.getRawQuery() == null ? from.getRawPath() : from.getRawPath() + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
