package org.entente;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON API calls to {@link AppProcess} instances as their configured administrator, with a login session per instance
 * (the API takes a session cookie from a same-site client without a CSRF token). Thread-safe.
 */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<AppProcess, String> SESSIONS = new ConcurrentHashMap<>();

    private ApiCalls() {
    }

    /** Logs in on {@code app} (again, after it was restarted); later calls to it use that session. */
    static void logIn(AppProcess app) {
        SESSIONS.put(app, app.logIn(AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD));
    }

    static boolean loggedIn() {
        return !SESSIONS.isEmpty();
    }

    /** An API call (a JSON body when {@code body} is not null). */
    static HttpResponse<String> send(AppProcess app, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Cookie", "entente-session=" + SESSIONS.get(app));
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of an API call, or -1 when nothing answered. */
    static int sendQuietly(AppProcess app, String method, String path, String body) {
        try {
            return send(app, method, path, body).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The JSON object of a successful answer, as a map the caller may change. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return new HashMap<>(JSON.readValue(r.body(), Map.class));
    }

    static String toJson(Map<String, Object> value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }
}
