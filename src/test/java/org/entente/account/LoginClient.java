package org.entente.account;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser at a client address of its own, behind the trusted proxy: the tests connect from 127.0.0.1, which the test
 * profile trusts, and each request carries {@code X-Forwarded-For} with this client's address. It fills in the login
 * form as a browser does (CSRF field and cookie).
 */
final class LoginClient {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 200));

    private final String address;
    private final Map<String, String> cookies = new HashMap<>();

    private LoginClient(String address) {
        this.address = address;
    }

    /** A client at a documentation address (198.51.100.0/24, 203.0.113.0/24) that no other test uses in this run. */
    static LoginClient atNewAddress() {
        int n = NEXT.incrementAndGet();
        return new LoginClient((n / 250 % 2 == 0 ? "198.51.100." : "203.0.113.") + (n % 250 + 1));
    }

    String address() {
        return address;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    Response logIn(String email, String password) {
        Response form = request().get("/login");
        keep(form);
        Element token = Jsoup.parse(form.asString()).selectFirst("form[action=/login] input[type=hidden][name^=csrf]");
        assertThat(token).as("the login form's CSRF field").isNotNull();
        Response answer = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(token.attr("name"), token.val()).formParam("email", email).formParam("password", password)
                .post("/login");
        keep(answer);
        return answer;
    }

    private RequestSpecification request() {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", address).cookies(cookies);
    }

    private void keep(Response r) {
        r.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
