package org.entente.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by the value of the session cookie. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String cookieValue;

    public SessionAuthenticationRequest(String cookieValue) {
        this.cookieValue = cookieValue;
    }

    public String cookieValue() {
        return cookieValue;
    }
}
