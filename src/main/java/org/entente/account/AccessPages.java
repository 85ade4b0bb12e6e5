package org.entente.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.util.List;

import static org.entente.web.scope.Kind.ALLIANCE;

/** Who may see and edit one alliance; administrators give and take access. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccessPages {

    static final List<Option> ROLES = Option.of(AccessRole.class, r -> r.label + " — " + r.meaning);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance access(long allianceId, String allianceName, List<AccessView.Member> access,
                                              String email, String role, FieldErrors errors, List<Option> roles);
    }

    @Inject
    UserService users;
    @Inject
    AllianceDirectory alliances;
    @Inject
    Flash flash;

    @GET
    @Path("alliances/{id}/access")
    @Reads(ALLIANCE)
    public TemplateInstance access(long id) {
        return page(id, null, AccessRole.MEMBER.name(), FieldErrors.none());
    }

    @POST
    @Path("alliances/{id}/access")
    @Writes(ALLIANCE)
    @RolesAllowed(Identities.ADMIN)
    public Response grant(long id, @RestForm String email, @RestForm String role) {
        try {
            AllianceAccess access = users.grant(alliances.require(id), email, AccessRole.parse(role));
            flash.set(access.user.name + " is now " + access.role.label.toLowerCase() + " of this alliance.");
            return Redirects.seeOther("/alliances/" + id + "/access");
        } catch (ValidationFailed e) {
            return FormPage.page(400, page(id, email, role, e.errors()));
        }
    }

    @POST
    @Path("alliances/{id}/access/{userId}/revoke")
    @Writes(ALLIANCE)
    @RolesAllowed(Identities.ADMIN)
    public Response revoke(long id, long userId) {
        alliances.require(id);
        users.revoke(id, userId);
        flash.set("Access removed.");
        return Redirects.seeOther("/alliances/" + id + "/access");
    }

    private TemplateInstance page(long id, String email, String role, FieldErrors errors) {
        String name = alliances.name(alliances.require(id));
        return Templates.access(id, name, AccessView.members(id), email, role, errors, ROLES);
    }
}
