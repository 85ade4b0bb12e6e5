package org.entente.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Metrics are on the management interface (ManagementInterfaceTest), without login. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void metricsAreServedAsPrometheusText() {
        given().get("/api/alliances").then().statusCode(200);

        Response r = RestAssured.given().accept("text/plain").get(metrics);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.asString()).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("http_server_requests_seconds_count{")
                .as("connection pool metrics (docs/operations.md)").contains("agroal_active_count{")
                .contains("agroal_awaiting_count{").contains("agroal_acquire_count_total{");
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");

        assertThat(paths).containsKeys("/api/alliances", "/api/alliances/{id}", "/api/bodies/{id}",
                "/api/alliances/{id}/bodies", "/api/partners/{id}/offices", "/api/partners/{id}/people");
    }

    @Test
    void anUnknownPageIsAnHtmlNotFoundPage() {
        Response r = given().accept("text/html").get("/no-such-page");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#error-title").text()).isEqualTo("Not Found");
        assertThat(page.selectFirst("a[href=/alliances]")).isNotNull();
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownApiPathIsAProblem404() {
        given().accept("application/json").get("/api/no-such-thing").then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("status", equalTo(404)).body("instance", equalTo("/api/no-such-thing"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /alliances/987654321, 404",
            "GET, /alliances/not-a-number, 404",
            "GET, /bodies/987654321/edit, 404",
            "GET, /partners/987654321/offices/new, 404",
            "GET, /alliances/987654321/delete, 404",
            "GET, /people/987654321/edit, 404"})
    void aPageErrorIsExplainedWithoutInternals(String method, String path, int status) {
        Response r = given().accept("text/html").request(method, path);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(Browser.parse(r).selectFirst("#error-title")).isNotNull();
        assertNoStackTrace(r);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedWithoutInternals() {
        Response r = given().accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("name", "No token").post("/alliances");

        assertThat(r.statusCode()).isEqualTo(400);
        assertNoStackTrace(r);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET, /api/alliances/not-a-number, 404",
            "DELETE, /api/bodies/987654321, 404",
            "PATCH, /api/alliances, 405"})
    void anApiErrorIsAProblemWithoutInternals(String method, String path, int status) {
        Response r = given().accept("application/json").request(method, path);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
        assertNoStackTrace(r);
    }

    private static void assertNoStackTrace(Response r) {
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
    }
}
