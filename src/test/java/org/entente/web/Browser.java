package org.entente.web;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny form-filling client for page tests: keeps cookies, submits forms as a browser would (with the CSRF field).
 * {@code new Browser()} logs in as the test administrator through the login form on its first request;
 * {@link #as} logs in as someone else and {@link #anonymous()} not at all.
 */
public final class Browser {

    private final Map<String, String> cookies = new HashMap<>();
    private String email;
    private String password;

    public Browser() {
        this(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD);
    }

    private Browser(String email, String password) {
        this.email = email;
        this.password = password;
    }

    /** A browser that logs in with this email and password on its first request. */
    public static Browser as(String email, String password) {
        return new Browser(email, password);
    }

    /** A browser that has not logged in. */
    public static Browser anonymous() {
        return new Browser(null, null);
    }

    /** The session cookie's value once logged in (null before). */
    public String cookie(String name) {
        loggedIn();
        return cookies.get(name);
    }

    private void loggedIn() {
        if (email == null) {
            return;
        }
        String who = email;
        email = null;
        Document login = parse(raw("/login"));
        Response done = submit(login, "form[action=/login]", Map.of("email", who, "password", password));
        assertThat(done.statusCode()).as("login of %s", who).isEqualTo(303);
    }

    public Document get(String path) {
        Response r = raw(path);
        assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
        return parse(r);
    }

    public Response raw(String path) {
        loggedIn();
        Response r = RestAssured.given().redirects().follow(false).cookies(cookies).get(path);
        keep(r);
        return r;
    }

    /** Submits the form found by {@code selector} with its current values, changed by {@code changes}. */
    public Response submit(Document page, String selector, Map<String, ?> changes) {
        loggedIn();
        Element form = page.selectFirst(selector);
        assertThat(form).as("form %s", selector).isNotNull();
        Map<String, List<String>> values = values(form);
        changes.forEach((name, value) -> {
            List<String> list = new ArrayList<>();
            if (value instanceof List<?> many) {
                many.forEach(v -> list.add(String.valueOf(v)));
            } else if (value != null) {
                list.add(String.valueOf(value));
            }
            values.put(name, list);
        });
        var request = RestAssured.given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            for (String v : e.getValue()) {
                request = request.formParam(e.getKey(), v);
            }
        }
        Response r = request.post(form.attr("action"));
        keep(r);
        return r;
    }

    /** Follows a 303 after a form POST and returns the page it leads to (without the #fragment, as a browser does). */
    public Document follow(Response redirect) {
        assertThat(redirect.statusCode()).as("status after POST").isEqualTo(303);
        String location = redirect.header("Location");
        return get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", ""));
    }

    public static Document parse(Response r) {
        return Jsoup.parse(r.asString());
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

    private static Map<String, List<String>> values(Element form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
            switch (input.tagName()) {
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = input.selectFirst("option");
                    }
                    if (selected != null) {
                        list.add(selected.attr("value"));
                    }
                }
                case "textarea" -> list.add(input.text());
                default -> {
                    String type = input.attr("type");
                    if (!(type.equals("checkbox") || type.equals("radio")) || input.hasAttr("checked")) {
                        list.add(input.attr("value"));
                    }
                }
            }
        }
        return values;
    }
}
