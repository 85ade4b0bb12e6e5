package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.entente.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * A page write whatever its encoding: the attack ({@code curl -X POST -H 'Content-Type: text/plain'
 * --cookie entente-session=… /alliances/11/delete} deleted the alliance) and its cousins (no Content-Type, JSON,
 * multipart without the token) are refused before anything runs; the form encodings with the token still work.
 * Cross-site writes to the API are refused however the path is spelled.
 */
@QuarkusTest
class PageWriteCsrfTest {

    @ParameterizedTest(name = "POST /alliances/'{'id'}'/delete as {0} → {1}, the alliance stays")
    @CsvSource({"text/plain, 415", "none, 415", "application/json, 415", "application/xml, 415",
            "text/plain with a body, 415", "multipart/form-data, 400", "application/x-www-form-urlencoded, 400"})
    void aPageWriteWithoutTheFormAndItsTokenDeletesNothing(String type, int status) throws Exception {
        Browser browser = new Browser();
        long alliance = TestData.alliance();
        String path = "/alliances/" + alliance + "/delete";
        String cookies = "entente-session=" + browser.cookie("entente-session") + "; entente-csrf="
                + browser.cookie("entente-csrf");
        RequestSpecification request = RestAssured.given().redirects().follow(false).header("Cookie", cookies);

        int answered = switch (type) {
            // curl -X POST [-H 'Content-Type: …'] sends no body; REST Assured would add a form Content-Type of its own.
            case "none" -> curl(path, cookies, null);
            case "text/plain", "application/json", "application/xml" -> curl(path, cookies, type);
            case "multipart/form-data" -> request.multiPart("confirm", "yes").post(path).statusCode();
            case "application/x-www-form-urlencoded" -> request.formParam("confirm", "yes").post(path).statusCode();
            default -> request.contentType("text/plain").body("csrf-token=guess&confirm=yes").post(path).statusCode();
        };

        assertThat(answered).isEqualTo(status);
        given().get("/api/alliances/" + alliance).then().statusCode(200);
    }

    /** A bodiless POST exactly as {@code curl -X POST} sends it: no Content-Type unless one is given. */
    private static int curl(String path, String cookies, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody());
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aMultipartFormWithItsTokenIsAcceptedAndOneWithAForgedTokenIsNot() {
        Browser browser = new Browser();
        long alliance = TestData.alliance();
        Document form = browser.get("/alliances/" + alliance + "/delete");
        String token = form.selectFirst("input[name=csrf-token]").val();
        RequestSpecification request = RestAssured.given().redirects().follow(false)
                .cookie("entente-session", browser.cookie("entente-session"))
                .cookie("entente-csrf", browser.cookie("entente-csrf"));

        Response forged = request.multiPart("csrf-token", "bm90LXRoZS1yaWdodC10b2tlbg").post("/alliances/" + alliance + "/delete");
        assertThat(forged.statusCode()).isEqualTo(400);
        given().get("/api/alliances/" + alliance).then().statusCode(200);

        Response sent = RestAssured.given().redirects().follow(false)
                .cookie("entente-session", browser.cookie("entente-session"))
                .cookie("entente-csrf", browser.cookie("entente-csrf"))
                .multiPart("csrf-token", token).post("/alliances/" + alliance + "/delete");
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        given().get("/api/alliances/" + alliance).then().statusCode(404);
    }

    @ParameterizedTest(name = "POST {0} from another site is refused")
    @ValueSource(strings = {"//api/example", "/%61pi/example", "/api/../api/example", "/api/example;x=1",
            "/api//example", "/api/%2e%2e/api/example"})
    void aCrossSiteApiWriteIsRefusedHoweverThePathIsSpelled(String path) {
        Browser browser = new Browser();
        int before = given().get("/api/alliances").jsonPath().getList("id").size();

        Response r = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                .cookie("entente-session", browser.cookie("entente-session"))
                .header("Origin", "http://localhost.evil.example").header("Sec-Fetch-Site", "same-site")
                .contentType(ContentType.JSON).body("{}").post(path);

        assertThat(r.statusCode()).as("%s → %s", path, r.asString()).isNotIn(200, 201, 303);
        assertThat(given().get("/api/alliances").jsonPath().getList("id")).as("no example created").hasSize(before);
    }

    @Test
    void theExampleApiTakesOnlyJson() {
        Browser browser = new Browser();
        int before = given().get("/api/alliances").jsonPath().getList("id").size();

        Response r = RestAssured.given().redirects().follow(false)
                .cookie("entente-session", browser.cookie("entente-session"))
                .contentType("text/plain").body("x").post("/api/example");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(given().get("/api/alliances").jsonPath().getList("id")).hasSize(before);
    }

    @Test
    void theFormsOfPagesStillWork() {
        Browser browser = new Browser();
        long alliance = TestData.alliance();
        Document form = browser.get("/alliances/" + alliance + "/delete");

        Response r = browser.submit(form, "form[action=/alliances/" + alliance + "/delete]", Map.of());

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        given().get("/api/alliances/" + alliance).then().statusCode(404);
    }
}
