package org.entente.print;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.entente.TestClock;
import org.entente.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PrintPagesTest {

    /** An alliance with one 24-meeting body whose plan is accepted; returns {alliance id, body id}. */
    private static long[] plannedAlliance() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        return new long[]{a.id(), body};
    }

    private static List<String> meetingDates(long body) {
        return given().get("/api/bodies/" + body + "/plan").then().statusCode(200).extract().jsonPath()
                .getList("meetings.date", String.class);
    }

    @Test
    void thePdfHoldsEveryMeetingDateTheBodyAndAnEmbeddedFont() throws IOException {
        long[] ids = plannedAlliance();
        byte[] pdf = given().get("/alliances/" + ids[0] + "/plan.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Steering committee").contains("Cadence matrix " + TestClock.date("2027-01-12").getYear()).contains("Launch event");
            assertThat(meetingDates(ids[1])).hasSize(24).allSatisfy(d -> assertThat(text).contains(d));
            assertThat(doc.getNumberOfPages()).isBetween(3, 6);
            assertThat(doc.getDocumentInformation().getTitle()).contains("cadence plan");
            List<PDFont> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(text).contains("page 1 of " + doc.getNumberOfPages());
        }
        assertPdftotextReads(pdf, "Steering committee");
    }

    /** Where poppler's pdftotext is installed (CI installs it), it must read the same text as PDFBox. */
    private static void assertPdftotextReads(byte[] pdf, String expected) throws IOException {
        java.nio.file.Path pdftotext = java.nio.file.Path.of("/usr/bin/pdftotext");
        if (!java.nio.file.Files.isExecutable(pdftotext)) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("entente-plan", ".pdf");
        java.nio.file.Files.write(file, pdf);
        Process p = new ProcessBuilder(pdftotext.toString(), file.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).contains(expected);
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void noTextRunsOffThePage() throws IOException {
        long[] ids = plannedAlliance();
        byte[] pdf = given().get("/alliances/" + ids[0] + "/plan.pdf?paper=letter").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    if (text.getXDirAdj() < 0 || text.getXDirAdj() + text.getWidthDirAdj() > width) {
                        outside.add(text.getUnicode() + " on page " + getCurrentPageNo());
                    }
                }
            };
            stripper.getText(doc);
            assertThat(outside).isEmpty();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void theBrowserPrintPageHasTheMatrixAndNoNavigation() {
        long[] ids = plannedAlliance();
        Document page = Jsoup.parse(given().get("/bodies/" + ids[1] + "/plan/print").then().statusCode(200)
                .extract().asString());
        assertThat(page.select("nav, form, button")).isEmpty();
        assertThat(page.select("table[aria-label^=Cadence matrix]")).isNotEmpty();
        assertThat(page.select("table[aria-label='Meetings of Steering committee'] tbody tr")).hasSize(24);
        assertThat(page.selectFirst("link[href=/css/plan-print.css]")).isNotNull();
    }

    @Test
    void atAGlanceShowsTheNextSixMeetingsOnOnePage() throws IOException {
        long[] ids = plannedAlliance();
        byte[] pdf = given().get("/bodies/" + ids[1] + "/plan.pdf?glance=true&paper=a4").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Next meetings");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aLongPlanOfThreeBodiesKeepsEveryBodyOnItsOwnPages() throws IOException {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        List<Long> bodies = new ArrayList<>();
        for (String name : List.of("Steering committee", "Operating committee", "Working group")) {
            long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, name));
            given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
            bodies.add(body);
        }
        byte[] pdf = given().get("/alliances/" + a.id() + "/plan.pdf?paper=a4").then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Title page, the matrix pages (landscape), the launch page, then each body's 24 meetings on its own
            // page or two: never fewer pages than that, and never a body sharing a page with another one.
            assertThat(doc.getNumberOfPages()).isBetween(6, 10);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                long headings = List.of("Steering committee\n#", "Operating committee\n#", "Working group\n#").stream()
                        .filter(h -> text.contains(h.replace("\\n", "\n"))).count();
                assertThat(headings).as("body tables starting on page %d", page).isLessThanOrEqualTo(1);
            }
            String all = new PDFTextStripper().getText(doc);
            for (long body : bodies) {
                assertThat(meetingDates(body)).allSatisfy(d -> assertThat(all).contains(d));
            }
        }
    }

    @Test
    void anUnknownAllianceIs404() {
        given().get("/alliances/999999/plan.pdf").then().statusCode(404);
    }
}
