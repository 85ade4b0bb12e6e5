package org.entente.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Redirects;
import org.entente.web.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.Unscoped;

import java.util.List;

/** The user's own profile: their alliances and roles, their password, and their personal API tokens. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Unscoped("the user's own profile, password and API tokens")
public class ProfilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(AccountView user, List<AccessView.AllianceRole> access,
                                               List<AccessView.Token> tokens,
                                               AccountForm form, FieldErrors errors, String newToken,
                                               String tokenName, String tokenDays, FieldErrors tokenErrors);
    }

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
    Flash flash;

    @GET
    @Path("profile")
    public TemplateInstance profile() {
        return page(AccountForm.blank(), FieldErrors.none(), null, null, null, FieldErrors.none());
    }

    @POST
    @Path("profile/password")
    public Response changePassword(@BeanParam AccountForm form) {
        try {
            accounts.changePassword(me.id(), identity.getAttribute(Identities.SESSION_HASH), form.current, form.password);
            flash.set("Your password is changed. Your other sessions have ended.");
            return Redirects.seeOther("/profile");
        } catch (ValidationFailed e) {
            return FormPage.page(400, page(AccountForm.blank(), e.errors(), null, null, null, FieldErrors.none()));
        }
    }

    @POST
    @Path("profile/tokens")
    public Response createToken(@RestForm String name, @RestForm String expiresInDays) {
        try {
            Integer days = expiresInDays == null || expiresInDays.isBlank() ? null : Integer.valueOf(expiresInDays.strip());
            UserService.IssuedToken issued = users.createToken(me.id(), name, null, days);
            return FormPage.page(201, page(AccountForm.blank(), FieldErrors.none(), issued.secret(), null, null,
                    FieldErrors.none()));
        } catch (NumberFormatException e) {
            return FormPage.page(400, page(AccountForm.blank(), FieldErrors.none(), null, name, expiresInDays,
                    new FieldErrors().add("expiresInDays", "Give a whole number of days, or leave it empty")));
        } catch (ValidationFailed e) {
            return FormPage.page(400, page(AccountForm.blank(), FieldErrors.none(), null, name, expiresInDays,
                    e.errors()));
        }
    }

    @POST
    @Path("profile/tokens/{tokenId}/revoke")
    public Response revokeToken(long tokenId) {
        users.revokeToken(me.id(), tokenId);
        flash.set("The token is revoked: scripts that use it are refused from now on.");
        return Redirects.seeOther("/profile#tokens");
    }

    private TemplateInstance page(AccountForm form, FieldErrors errors, String newToken, String tokenName,
                                  String tokenDays, FieldErrors tokenErrors) {
        long id = me.id();
        return Templates.profile(AccountView.of(users.get(id)), alliances.rolesOf(id), AccessView.tokens(id), form,
                errors, newToken, tokenName, tokenDays, tokenErrors);
    }
}
