package org.entente.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.entente.web.SiteAddress;
import org.entente.web.ValidationFailed;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Unscoped;
import org.entente.web.scope.Writes;

import java.net.URI;
import java.util.List;

import static org.entente.web.scope.Kind.ALLIANCE;

/** JSON API for the caller's own account and tokens, and for administrators: accounts and alliance access. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Unscoped("the caller's own account and tokens, and user administration")
public class AccountApi {

    @Inject
    AccountService accounts;
    @Inject
    UserService users;
    @Inject
    AllianceDirectory alliances;
    @Inject
    CurrentUser me;
    @Inject
    SecurityIdentity identity;
    @Inject
    SiteAddress site;

    @GET
    @Path("me")
    public AccountJson.Me me() {
        return new AccountJson.Me(AccountJson.User.of(users.get(me.id())),
                AllianceAccess.forUser(me.id()).stream().map(AccountJson.Access::of).toList());
    }

    @PUT
    @Path("me/password")
    public Response changePassword(AccountJson.PasswordChange change) {
        ValidationFailed.requireBody(change);
        accounts.changePassword(me.id(), identity.getAttribute(Identities.SESSION_HASH), change.current(),
                change.password());
        return Response.noContent().build();
    }

    @GET
    @Path("me/tokens")
    public List<AccountJson.Token> tokens() {
        return users.tokens(me.id()).stream().map(t -> AccountJson.Token.of(t, null)).toList();
    }

    @POST
    @Path("me/tokens")
    public Response createToken(AccountJson.NewToken token, @Context UriInfo uri) {
        ValidationFailed.requireBody(token);
        UserService.IssuedToken issued = users.createToken(me.id(), token.name(), token.expiresAt(), token.expiresInDays());
        return Response.created(URI.create("/api/me/tokens/" + issued.token().id))
                .entity(AccountJson.Token.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("me/tokens/{id}")
    public Response revokeToken(long id) {
        users.revokeToken(me.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("users")
    @RolesAllowed(Identities.ADMIN)
    public List<AccountJson.User> users() {
        return users.list().stream().map(AccountJson.User::of).toList();
    }

    @POST
    @Path("users")
    @RolesAllowed(Identities.ADMIN)
    public Response invite(AccountJson.NewUser user, @Context UriInfo uri) {
        ValidationFailed.requireBody(user);
        UserService.Invited invited = users.invite(user.email(), user.name(), user.administrator());
        return Response.created(URI.create("/api/users/" + invited.user().id))
                .entity(new AccountJson.Invited(AccountJson.User.of(invited.user()), Invitation.link(site, invited.secret())))
                .build();
    }

    @GET
    @Path("users/{id}")
    @RolesAllowed(Identities.ADMIN)
    public AccountJson.User user(long id) {
        return AccountJson.User.of(users.get(id));
    }

    @PUT
    @Path("users/{id}")
    @RolesAllowed(Identities.ADMIN)
    public AccountJson.User change(long id, AccountJson.UserChange change) {
        ValidationFailed.requireBody(change);
        if (change.disabled() == null) {
            throw ValidationFailed.of("disabled", "Say whether the account is disabled (true or false)");
        }
        return AccountJson.User.of(users.setDisabled(id, change.disabled(), change.version(), me.id()));
    }

    @GET
    @Path("alliances/{id}/access")
    @Reads(ALLIANCE)
    public List<AccountJson.Access> access(long id) {
        alliances.require(id);
        return AllianceAccess.forAlliance(id).stream().map(AccountJson.Access::of).toList();
    }

    @PUT
    @Path("alliances/{id}/access")
    @Writes(ALLIANCE)
    @RolesAllowed(Identities.ADMIN)
    public AccountJson.Access grant(long id, AccountJson.Grant grant) {
        ValidationFailed.requireBody(grant);
        return AccountJson.Access.of(users.grant(alliances.require(id), grant.email(), AccessRole.parse(grant.role())));
    }

    @DELETE
    @Path("alliances/{id}/access/{userId}")
    @Writes(ALLIANCE)
    @RolesAllowed(Identities.ADMIN)
    public Response revoke(long id, long userId) {
        alliances.require(id);
        if (!users.revoke(id, userId)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.noContent().build();
    }
}
