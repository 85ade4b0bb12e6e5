package org.entente.print;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.Expensive;

import java.text.Normalizer;
import org.entente.web.scope.Reads;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BODY;

/** The printable cadence plan of an alliance or one body: the browser's print layout and the PDF download. */
@Path("/")
public class PrintPages {

    @Inject
    PrintService prints;
    @Inject
    PdfRenderer pdf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PrintPlan plan, boolean pdf, String css);
    }

    @GET
    @Path("alliances/{id}/plan/print")
    @Reads(ALLIANCE)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance alliancePrint(long id, @QueryParam("paper") String paper) {
        return Templates.plan(prints.alliance(id, paper, false), false, "");
    }

    @GET
    @Expensive(Expensive.Kind.PDF)
    @Path("alliances/{id}/plan.pdf")
    @Reads(ALLIANCE)
    @Produces("application/pdf")
    public Response alliancePdf(long id, @QueryParam("paper") String paper) {
        return pdf(prints.alliance(id, paper, false));
    }

    @GET
    @Path("bodies/{id}/plan/print")
    @Reads(BODY)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance bodyPrint(long id, @QueryParam("paper") String paper, @QueryParam("glance") boolean glance) {
        return Templates.plan(prints.body(id, paper, glance), false, "");
    }

    @GET
    @Expensive(Expensive.Kind.PDF)
    @Path("bodies/{id}/plan.pdf")
    @Reads(BODY)
    @Produces("application/pdf")
    public Response bodyPdf(long id, @QueryParam("paper") String paper, @QueryParam("glance") boolean glance) {
        return pdf(prints.body(id, paper, glance));
    }

    private Response pdf(PrintPlan plan) {
        byte[] bytes = pdf.render(Templates.plan(plan, true, pdf.css()).render());
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(plan.title()) + ".pdf\"")
                .build();
    }

    static String fileName(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]+", "-");
        return ascii.replaceAll("(^-+|-+$)", "").toLowerCase();
    }
}
