package org.entente.account;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/** Builds accounts for tests the way people get them: an administrator invites, the invitee sets a password. */
public final class Users {

    public static final String PASSWORD = "a long test password";

    private Users() {
    }

    /** A new account with a unique email, its invitation accepted; answers the email. */
    public static String create(String name) {
        String email = TestData.unique(name).toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.test";
        String link = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", name, "administrator", false))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getString("invitationUrl");
        Browser invitee = Browser.anonymous();
        Document page = invitee.get(link.replaceFirst("^https?://[^/]+", ""));
        Response accepted = invitee.submit(page, "form[action^=/invitations/]", Map.of("password", PASSWORD));
        assertThat(accepted.statusCode()).as("invitation accepted").isEqualTo(303);
        return email;
    }

    /** A new account with this role on the alliance; answers the email. */
    public static String withRole(long allianceId, String role) {
        String email = create(role.toLowerCase());
        grant(allianceId, email, role);
        return email;
    }

    public static void grant(long allianceId, String email, String role) {
        given().contentType(ContentType.JSON).body(Map.of("email", email, "role", role))
                .put("/api/alliances/" + allianceId + "/access").then().statusCode(200);
    }
}
