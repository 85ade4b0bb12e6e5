package org.entente.fault;

import io.restassured.RestAssured;
import org.entente.web.Logins;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP calls to the app under test with a hard client-side limit, so that a request the app lets hang fails the
 * test instead of hanging it; each answer says how long it took. Calls as the test administrator (its API token is
 * made while the database is up, by the test's first TestData call). Thread-safe, for concurrent callers.
 */
final class Http {

    /** Longer than any answer the app may legitimately take while its database is in trouble. */
    static final Duration CLIENT_LIMIT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /** What came back: status, content type, Retry-After, body and how long it took. */
    record Answer(int status, String contentType, String retryAfter, String body, long millis) {
    }

    static Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    static Answer sendJson(String method, String path, String json) {
        return send(request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path)).timeout(CLIENT_LIMIT)
                .header("Authorization", "Bearer " + Logins.adminToken());
    }

    private static Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null), r.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("No answer within " + CLIENT_LIMIT + " from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
