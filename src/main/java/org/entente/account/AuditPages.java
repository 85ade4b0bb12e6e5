package org.entente.account;

import org.entente.web.scope.Unscoped;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.FieldErrors;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.ValidationFailed;

import java.util.List;

/** For administrators: the audit trail of security events, filtered by kind, email and days, newest first. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Identities.ADMIN)
@Unscoped("the audit trail of security events, for administrators")
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditFilter filter, List<Option> kinds, AuditQuery.Answer answer,
                                            AuditQuery query, FieldErrors errors);
    }

    @Inject
    SecurityAudit audit;

    @GET
    @Path("audit")
    public Response list(@BeanParam AuditFilter filter) {
        AuditQuery query = filter.query();
        try {
            return FormPage.page(200, Templates.list(filter, kinds(), audit.search(query), query, FieldErrors.none()));
        } catch (ValidationFailed e) {
            return FormPage.page(400, Templates.list(filter, kinds(), null, query, e.errors()));
        }
    }

    private static List<Option> kinds() {
        return Option.of(SecurityEvent.Kind.class, SecurityEvent.Kind::label);
    }
}
