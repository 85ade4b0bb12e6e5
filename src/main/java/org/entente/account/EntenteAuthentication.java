package org.entente.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Finds who is calling: an API token ({@code Authorization: Bearer}), HTTP Basic when enabled, or the session
 * cookie. A credential that does not check out leaves the caller anonymous, so that the page or API answers as
 * for anyone not logged in (a redirect to the login page, or 401 problem+json); a failing database is not a bad
 * credential and reaches the error mappers (503). Static assets need no lookup.
 */
@ApplicationScoped
public class EntenteAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "entente-session";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/fonts/", "/webjars/", "/favicon.svg",
            "/q/health");

    private final AuthConfig config;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;

    public EntenteAuthentication(AuthConfig config, LoginThrottle throttle, SecurityAudit audit) {
        this.config = config;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.normalizedPath();
        if (STATIC.stream().anyMatch(path::startsWith)) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return attempt(identities, context, new TokenAuthenticationRequest(
                    new TokenCredential(authorization.substring(7).strip(), "bearer")));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && config.basicEnabled()) {
            return basic(identities, context, authorization.substring(6).strip());
        }
        Cookie session = context.request().getCookie(SESSION_COOKIE);
        if (session != null && !session.getValue().isBlank()) {
            return attempt(identities, context, new SessionAuthenticationRequest(session.getValue()));
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<SecurityIdentity> basic(IdentityProviderManager identities, RoutingContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().nullItem();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().nullItem();
        }
        String email = decoded.substring(0, colon);
        String address = context.request().remoteAddress().hostAddress();
        if (throttle.waitSeconds(email, address) > 0) {
            audit.recordApart(SecurityEvent.of(SecurityEvent.Kind.LOGIN_THROTTLED).from(address).detail("HTTP Basic"));
            return Uni.createFrom().nullItem();
        }
        return attempt(identities, context, new UsernamePasswordAuthenticationRequest(email,
                new PasswordCredential(decoded.substring(colon + 1).toCharArray())))
                .invoke(identity -> {
                    if (identity == null) {
                        throttle.failed(email, address);
                        audit.recordApart(SecurityEvent.of(SecurityEvent.Kind.LOGIN_FAILED).from(address)
                                .detail("HTTP Basic"));
                    } else {
                        throttle.succeeded(email, address);
                    }
                });
    }

    private static Uni<SecurityIdentity> attempt(IdentityProviderManager identities, RoutingContext context,
                                                 AuthenticationRequest request) {
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"entente\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class, TokenAuthenticationRequest.class,
                UsernamePasswordAuthenticationRequest.class);
    }
}
