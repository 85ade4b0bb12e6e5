package org.entente.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Metrics are served on the management interface (its own port, which the ingress does not route, no login), and no
 * longer on the application's port, where anyone who reaches the site could ask for them.
 */
@QuarkusTest
class ManagementInterfaceTest {

    /** Resolved against the management interface's root path, /q. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theApplicationPortDoesNotServeMetricsEvenToAnAdministrator() {
        assertThat(given().accept("text/plain").get("/q/metrics").statusCode()).isEqualTo(404);
        assertThat(Logins.anonymous().accept("text/plain").get("/q/metrics").statusCode()).isEqualTo(404);
    }

    @Test
    void theManagementPortServesMetricsWithoutLogin() {
        given().get("/api/alliances").then().statusCode(200);

        Response r = RestAssured.given().accept("text/plain").get(metrics);

        assertThat(metrics.getPath()).isEqualTo("/q/metrics");
        assertThat(metrics.getPort()).as("the management port").isPositive().isNotEqualTo(RestAssured.port);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.asString()).contains("# TYPE jvm_memory_used_bytes gauge").contains("hibernate_statements_total{");
    }
}
