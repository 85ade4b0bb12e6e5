package org.entente.relationship;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Writes the weekly digest email of one address: a section per alliance and owner, in HTML and plain text. */
@ApplicationScoped
public class DigestMail {

    private final String baseUrl;

    public DigestMail(DigestConfig config) {
        this.baseUrl = config.baseUrl().replaceAll("/+$", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(LocalDate weekOf, List<OwnerDigest> digests, String baseUrl);

        static native TemplateInstance text(LocalDate weekOf, List<OwnerDigest> digests, String baseUrl);
    }

    Mail of(String address, LocalDate weekOf, List<OwnerDigest> digests) {
        return Mail.withHtml(address, subject(digests), Templates.html(weekOf, digests, baseUrl).render())
                .setText(Templates.text(weekOf, digests, baseUrl).render());
    }

    /** "Keep in touch this week: 2 overdue, 1 due soon". */
    static String subject(List<OwnerDigest> digests) {
        return "Keep in touch this week: " + OwnerDigest.summary(digests.stream().mapToInt(d -> d.overdue().size()).sum(),
                digests.stream().mapToInt(d -> d.dueSoon().size()).sum());
    }

    /** The digest as a prefilled email to oneself, for when email is not configured. */
    static String mailto(OwnerDigest digest, String baseUrl) {
        String body = Templates.text(digest.weekOf(), List.of(digest), baseUrl).render();
        return "mailto:" + TipEmail.encode(digest.email()).replace("%40", "@") + "?subject=" + TipEmail.encode(subject(List.of(digest)))
                + "&body=" + TipEmail.encode(body);
    }

    String baseUrl() {
        return baseUrl;
    }
}
