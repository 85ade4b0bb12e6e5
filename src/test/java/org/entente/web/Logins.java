package org.entente.web;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logged-in API clients for tests. The test profile creates the administrator from configuration
 * (entente.auth.admin-*); {@link #given()} calls the API as that administrator with a personal API token that was
 * made the way a user makes one: log in through the form, then create the token.
 */
public final class Logins {

    public static final String ADMIN_EMAIL = "admin@entente.test";
    public static final String ADMIN_PASSWORD = "test-administrator-password";
    /** One token per running application (each test application listens on its own port). */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Logins() {
    }

    /** A request as the test administrator. */
    public static RequestSpecification given() {
        return as(adminToken());
    }

    /** A request with this API token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    /** A request without any credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    public static String adminToken() {
        return TOKENS.computeIfAbsent(ADMIN_EMAIL + "@" + RestAssured.port, k -> tokenFor(ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    /** Logs in with the form and creates an API token for that account. */
    public static String tokenFor(String email, String password) {
        Browser browser = Browser.as(email, password);
        String session = browser.cookie("entente-session");
        assertThat(session).as("session cookie of %s", email).isNotNull();
        return RestAssured.given().cookie("entente-session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "tests")).post("/api/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }
}
