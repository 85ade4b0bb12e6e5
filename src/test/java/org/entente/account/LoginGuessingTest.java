package org.entente.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.TestClock;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Password guessing against the running application: the guessing address is slowed, the owner is not; forwarded
 * addresses are believed from the trusted proxy only; the counts are rows every instance reads, and old ones go.
 */
@QuarkusTest
class LoginGuessingTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "entente.auth.max-failures-per-address")
    int perAddress;

    @Test
    void guessingTheAdministratorsPasswordSlowsTheGuesserNotTheAdministrator() {
        LoginClient guesser = LoginClient.atNewAddress();
        for (int i = 1; i <= 6; i++) {
            assertThat(guesser.logIn(Logins.ADMIN_EMAIL, "guess number " + i).statusCode()).as("guess %d", i)
                    .isIn(401, 429);
        }

        LoginClient owner = LoginClient.atNewAddress();
        Response ownerLogin = owner.logIn(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD);
        assertThat(ownerLogin.statusCode()).as("the administrator from another address").isEqualTo(303);
        assertThat(owner.cookie("entente-session")).isNotNull();

        Response refused = guesser.logIn(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD);
        assertThat(refused.statusCode()).as("the guessing address, even with the right password").isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(Browser.parse(refused).select("#login-error").text()).startsWith("Too many failed attempts");
        assertThat(guesser.cookie("entente-session")).isNull();

        assertThat(events("LOGIN_FAILED", guesser.address())).as("each wrong guess is on the audit trail").isEqualTo(5);
        assertThat(events("LOGIN_THROTTLED", guesser.address())).isEqualTo(2);
        assertThat(events("LOGIN_SUCCEEDED", owner.address())).isEqualTo(1);
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedAndOtherAddressesAreNot() {
        LoginClient sprayer = LoginClient.atNewAddress();
        for (int i = 0; i < perAddress; i++) {
            assertThat(sprayer.logIn("sprayed-" + i + "@example.test", "Summer2027!").statusCode()).isEqualTo(401);
        }
        String victim = Users.create("Sprayed");

        assertThat(sprayer.logIn(victim, Users.PASSWORD).statusCode()).as("any account from that address").isEqualTo(429);
        assertThat(LoginClient.atNewAddress().logIn(victim, Users.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aForgedForwardedAddressFromAnUntrustedClientIsIgnored() throws IOException {
        String email = Users.create("Forged Forwarding");
        Raw client = new Raw("127.0.0.2");
        for (int i = 1; i <= 5; i++) {
            assertThat(client.logIn(email, "guess " + i, "192.0.2." + i)).as("guess %d", i).isEqualTo(401);
        }
        assertThat(client.logIn(email, Users.PASSWORD, "192.0.2.99"))
                .as("a new forged address each time is still the same client").isEqualTo(429);
        assertThat(events("LOGIN_FAILED", "127.0.0.2")).as("recorded under the connection's address").isEqualTo(5);
        assertThat(events("LOGIN_FAILED", "192.0.2.1")).isZero();
        assertThat(LoginClient.atNewAddress().logIn(email, Users.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void theCountsAreRowsSharedByEveryInstanceAndOldOnesArePruned() throws SQLException {
        Timestamp longAgo = Timestamp.valueOf(TestClock.nowUtc().minusHours(2));
        try (Connection c = dataSource.getConnection();
             PreparedStatement old = c.prepareStatement("INSERT INTO login_failure VALUES (?, 9, ?)")) {
            old.setString(1, "0".repeat(63) + "a");
            old.setTimestamp(2, longAgo);
            old.executeUpdate();
        }
        LoginClient guesser = LoginClient.atNewAddress();
        String email = Users.create("Shared Count");
        guesser.logIn(email, "one wrong guess");

        try (Connection c = dataSource.getConnection();
             PreparedStatement rows = c.prepareStatement(
                     "SELECT failures FROM login_failure WHERE key_hash IN (?, ?) ORDER BY failures");
             PreparedStatement stale = c.prepareStatement("SELECT count(*) FROM login_failure WHERE last_failure_at < ?")) {
            rows.setString(1, LoginThrottle.accountKey(email, guesser.address()));
            rows.setString(2, LoginThrottle.addressKey(guesser.address()));
            try (ResultSet r = rows.executeQuery()) {
                assertThat(r.next()).as("the account-from-address count").isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
                assertThat(r.next()).as("the address count").isTrue();
            }
            stale.setTimestamp(1, Timestamp.valueOf(TestClock.nowUtc().minusHours(1).minusMinutes(1)));
            try (ResultSet r = stale.executeQuery()) {
                r.next();
                assertThat(r.getInt(1)).as("counts older than the window are pruned as failures come in").isZero();
            }
        }
    }

    /** How many events of this kind the audit trail shows from this address (through the administrators' API). */
    static int events(String kind, String address) {
        return (int) given().queryParam("kind", kind).queryParam("size", 200).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("events.findAll { it.address == '" + address + "' }").size();
    }

    /** A client that connects from a chosen loopback address (not the trusted 127.0.0.1), one HTTP/1.1 request each. */
    private record Raw(String from) {

        int logIn(String email, String password, String forgedFor) throws IOException {
            String page = exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forgedFor
                    + "\r\nConnection: close\r\n\r\n");
            Matcher cookie = Pattern.compile("(?i)set-cookie: (entente-csrf=[^;]+)").matcher(page);
            Matcher token = Pattern.compile("name=\"(csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(page);
            assertThat(cookie.find() && token.find()).as("the login form and its CSRF cookie").isTrue();
            String body = token.group(1) + "=" + token.group(2) + "&email=" + enc(email) + "&password=" + enc(password);
            String answer = exchange("POST /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forgedFor
                    + "\r\nCookie: " + cookie.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                    + body);
            return Integer.parseInt(answer.substring(9, 12));
        }

        private String exchange(String request) throws IOException {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
                socket.setSoTimeout(10000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                return all.toString(StandardCharsets.UTF_8);
            }
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
