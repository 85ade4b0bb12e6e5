package org.entente.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The one-line confirmation shown on the page after a successful form POST (post-redirect-get). */
@RequestScoped
@Named("flash")
public class Flash {

    private String incoming;
    private String outgoing;

    /** Shows {@code message} on the page the browser is redirected to. */
    public void set(String message) {
        this.outgoing = message;
    }

    public void received(String message) {
        this.incoming = message;
    }

    /** The message to carry to the next page, or null (read through methods: this bean is reached via a proxy). */
    public String outgoing() {
        return outgoing;
    }

    /** The message for this page, or null; templates use {@code inject:flash.message}. */
    public String getMessage() {
        return incoming;
    }
}
