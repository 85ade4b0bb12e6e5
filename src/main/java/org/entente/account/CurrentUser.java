package org.entente.account;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.entente.web.Viewer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in user of this request and their role on each alliance (read once per request, on first use).
 * Templates reach it as {@code inject:viewer}. Error pages rendered on the I/O thread, or while the database is
 * failing, see an anonymous viewer rather than failing themselves; access decisions use {@link #strictIdentity()}.
 */
@RequestScoped
@Named("viewer")
public class CurrentUser implements Viewer {

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private final CurrentIdentityAssociation association;
    private SecurityIdentity identity;
    private Map<Long, AccessRole> roles;

    public CurrentUser(CurrentIdentityAssociation association) {
        this.association = association;
    }

    /** The caller's identity; a failure to find it (the database is down) is thrown, not taken for anonymous. */
    public SecurityIdentity strictIdentity() {
        if (identity == null) {
            identity = Context.isOnEventLoopThread() ? ANONYMOUS : association.getIdentity();
        }
        return identity;
    }

    private SecurityIdentity identity() {
        try {
            return strictIdentity();
        } catch (RuntimeException e) {
            identity = ANONYMOUS;
            return identity;
        }
    }

    public boolean isLoggedIn() {
        return !identity().isAnonymous();
    }

    public Long id() {
        return identity().isAnonymous() ? null : identity().<Long>getAttribute(Identities.USER_ID);
    }

    public String name() {
        return identity().isAnonymous() ? null : identity().getAttribute("name");
    }

    public String email() {
        return identity().isAnonymous() ? null : identity().getPrincipal().getName();
    }

    @Override
    public boolean isAdministrator() {
        return identity().hasRole(Identities.ADMIN);
    }

    @Override
    public Set<Long> visibleAllianceIds() {
        return roles().keySet();
    }

    /** The role on an alliance; administrators are managers everywhere; empty when the alliance is not theirs. */
    public Optional<AccessRole> roleOn(long allianceId) {
        if (isAdministrator()) {
            return Optional.of(AccessRole.MANAGER);
        }
        return Optional.ofNullable(roles().get(allianceId));
    }

    @Override
    public boolean mayEdit(long allianceId) {
        return roleOn(allianceId).filter(r -> r == AccessRole.MANAGER).isPresent();
    }

    /** For templates, which pass boxed ids. */
    public boolean mayEdit(Long allianceId) {
        return allianceId != null && mayEdit(allianceId.longValue());
    }

    @Override
    public boolean mayEditLibraries() {
        return isAdministrator() || roles().containsValue(AccessRole.MANAGER);
    }

    private Map<Long, AccessRole> roles() {
        if (roles == null) {
            Long id = id();
            roles = id == null ? Map.of() : AllianceAccess.forUser(id).stream()
                    .collect(Collectors.toMap(a -> a.allianceId, a -> a.role));
        }
        return roles;
    }
}
