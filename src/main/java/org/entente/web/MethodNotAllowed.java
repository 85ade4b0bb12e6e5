package org.entente.web;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 405 names the methods the address does take ({@code Allow}, RFC 9110), in the usual page or problem format.
 * Quarkus REST answers 405 without {@code Allow}, so the routes are read once from the resource classes' annotations.
 */
public class MethodNotAllowed {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    private static volatile List<Map.Entry<Pattern, String>> routes;

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response answer = ErrorMappers.respond(request, 405, "Method Not Allowed",
                "This address does not take " + request.method().name() + ".", List.of());
        Set<String> allowed = allowed(request.path());
        return allowed.isEmpty() ? answer
                : Response.fromResponse(answer).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    static Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Map.Entry<Pattern, String> route : routes()) {
            if (route.getKey().matcher(path).matches()) {
                methods.add(route.getValue());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    private static List<Map.Entry<Pattern, String>> routes() {
        if (routes == null) {
            List<Map.Entry<Pattern, String>> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(Map.entry(pattern(base.value() + "/" + (sub == null ? "" : sub.value())), verb));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /alliances/{id}/edit} → {@code /alliances/[^/]+/edit}. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(path);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(at, m.start())));
            regex.append(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).strip() + ")");
            at = m.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex + "/?");
    }
}
