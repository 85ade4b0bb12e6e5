package org.entente.account;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/** Quarkus's identity providers for Entente's three credentials; the database work runs on a worker thread. */
final class IdentityProviders {

    private IdentityProviders() {
    }

    /**
     * Runs the lookup on this thread when it is a worker thread already (the pages and the API are blocking, and
     * authentication is lazy, so this is the usual case): handing it to another worker and waiting for it would
     * cost two thread switches per request. On the I/O thread it goes to a worker.
     */
    static Uni<SecurityIdentity> blocking(AuthenticationRequestContext context, Supplier<SecurityIdentity> lookup) {
        Supplier<SecurityIdentity> found = () -> {
            SecurityIdentity identity = lookup.get();
            if (identity == null) {
                throw new AuthenticationFailedException();
            }
            return identity;
        };
        return BlockingOperationControl.isBlockingAllowed() ? Uni.createFrom().item(found) : context.runBlocking(found);
    }

    /** Session cookies. */
    @ApplicationScoped
    static class Sessions implements IdentityProvider<SessionAuthenticationRequest> {
        private final Identities identities;

        Sessions(Identities identities) {
            this.identities = identities;
        }

        @Override
        public Class<SessionAuthenticationRequest> getRequestType() {
            return SessionAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request, AuthenticationRequestContext context) {
            return blocking(context, () -> identities.fromSession(request.cookieValue()));
        }
    }

    /** Personal API tokens (Authorization: Bearer). */
    @ApplicationScoped
    static class Tokens implements IdentityProvider<TokenAuthenticationRequest> {
        private final Identities identities;

        Tokens(Identities identities) {
            this.identities = identities;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return blocking(context, () -> identities.fromToken(request.getToken().getToken()));
        }
    }

    /** Email and password sent as HTTP Basic, when enabled. */
    @ApplicationScoped
    static class Basic implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        private final Identities identities;

        Basic(Identities identities) {
            this.identities = identities;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return blocking(context, () -> identities.fromPassword(request.getUsername(),
                    new String(request.getPassword().getPassword())));
        }
    }
}
