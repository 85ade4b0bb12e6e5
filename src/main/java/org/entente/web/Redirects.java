package org.entente.web;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The answer to a successful form POST: 303 See Other to the page that shows the result. */
public final class Redirects {

    private Redirects() {
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
