package org.entente.relationship;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import org.entente.web.scope.Reads;

import static org.entente.web.scope.Kind.PERSON;

/** An owner's weekly keep-in-touch digest as a page: who of theirs is overdue or due within 30 days. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DigestPages {

    @Inject
    DigestService digests;
    @Inject
    Clock clock;
    @Inject
    DigestMail mail;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(OwnerDigest digest, boolean emailEnabled, String mailto);
    }

    @GET
    @Path("people/{id}/digest")
    @Reads(PERSON)
    public TemplateInstance digest(long id) {
        OwnerDigest digest = digests.digest(id, LocalDate.now(clock));
        return Templates.digest(digest, digests.emailEnabled(),
                digests.emailEnabled() || digest.due() == 0 ? null : DigestMail.mailto(digest, mail.baseUrl()));
    }
}
