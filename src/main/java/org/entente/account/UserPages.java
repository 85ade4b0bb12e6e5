package org.entente.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.SiteAddress;
import org.entente.web.FormPage;
import org.entente.web.Redirects;
import org.entente.web.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.Unscoped;

import java.util.List;

/** For administrators: the accounts, inviting people (a one-time link to copy), disabling and enabling accounts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Identities.ADMIN)
@Unscoped("user administration, for administrators")
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountView> users);

        static native TemplateInstance invite(AccountForm form, boolean administrator, FieldErrors errors);

        static native TemplateInstance invited(AccountView user, String link);
    }

    @Inject
    UserService users;
    @Inject
    CurrentUser me;
    @Inject
    Flash flash;
    @Inject
    SiteAddress site;

    @GET
    @Path("users")
    public TemplateInstance list() {
        return Templates.list(users.list().stream().map(AccountView::of).toList());
    }

    @GET
    @Path("users/new")
    public TemplateInstance inviteForm() {
        return Templates.invite(AccountForm.blank(), false, FieldErrors.none());
    }

    @POST
    @Path("users")
    public Response invite(@BeanParam AccountForm form, @RestForm boolean administrator, @Context UriInfo uri) {
        try {
            UserService.Invited invited = users.invite(form.email, form.name, administrator);
            return FormPage.page(201, Templates.invited(AccountView.of(invited.user()),
                    Invitation.link(site, invited.secret())));
        } catch (ValidationFailed e) {
            return FormPage.page(e.status(), Templates.invite(form, administrator, e.errors()));
        }
    }

    @POST
    @Path("users/{id}/invitation")
    public Response reinvite(long id, @Context UriInfo uri) {
        UserService.Invited invited = users.reinvite(id);
        return FormPage.page(201, Templates.invited(AccountView.of(invited.user()),
                Invitation.link(site, invited.secret())));
    }

    @POST
    @Path("users/{id}/disable")
    public Response disable(long id, @RestForm Long version) {
        UserAccount user = users.setDisabled(id, true, version, me.id());
        flash.set(user.name + " is disabled and logged out everywhere.");
        return Redirects.seeOther("/users");
    }

    @POST
    @Path("users/{id}/enable")
    public Response enable(long id, @RestForm Long version) {
        UserAccount user = users.setDisabled(id, false, version, me.id());
        flash.set(user.name + " may log in again.");
        return Redirects.seeOther("/users");
    }
}
