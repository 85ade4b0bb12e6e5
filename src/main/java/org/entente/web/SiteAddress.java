package org.entente.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Entente at ({@code ENTENTE_BASE_URL}), for every absolute link Entente hands out —
 * invitations, calendar feeds and event links, emails. Never taken from the request's Host header, which a client
 * (or a misconfigured proxy) chooses: a forged Host would otherwise put an attacker's site into a real invitation.
 */
@ApplicationScoped
public class SiteAddress {

    private final String base;

    public SiteAddress(@ConfigProperty(name = "entente.base-url") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The base address without a trailing slash, e.g. {@code https://entente.example.com}. */
    public String base() {
        return base;
    }

    /** The absolute address of a path on this site ({@code /invitations/x} → {@code https://…/invitations/x}). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
