package org.entente.web.scope;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether every route declares its alliance scope, and declares it sensibly: exactly one declaration (the
 * method's own, else its class's), a path parameter that is in the path, a kind some feature resolves, no read that
 * is a POST or a form page. Runs at start-up over the served routes and in tests over any resource class.
 */
public final class RouteCheck {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    /** The pages that show a form to change or delete something count as writes: members are not offered them. */
    private static final Pattern FORM_PAGE = Pattern.compile("/(?:edit|new|delete)/?$");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

    private RouteCheck() {
    }

    /** The declaration that decides requests to this resource method; empty when it has none or more than one. */
    public static Optional<Declaration> of(Method method) {
        List<Declaration> own = declaredOn(method);
        List<Declaration> found = own.isEmpty() ? declaredOn(method.getDeclaringClass()) : own;
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The declaration of every route, or an {@link IllegalStateException} listing each route that declares none
     * (or declares it wrongly) and why.
     */
    public static Map<Method, Declaration> require(Collection<Route> routes, Set<Kind> resolved) {
        List<String> problems = problems(routes, resolved);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " route(s) do not declare their alliance scope correctly:\n  "
                    + String.join("\n  ", problems) + "\nDeclare each route (or its class) with @Reads(kind) or "
                    + "@Writes(kind) naming the path parameter of the id, or @Unscoped(\"why\"), @ChangesLibrary or "
                    + "@CreatesAlliance (org.entente.web.scope); see docs/security.md.");
        }
        Map<Method, Declaration> declarations = new LinkedHashMap<>();
        routes.forEach(r -> declarations.put(r.method(), of(r.method()).orElseThrow()));
        return declarations;
    }

    /** What is wrong with the declarations of these routes, one line per route, in order; empty when nothing. */
    public static List<String> problems(Collection<Route> routes, Set<Kind> resolved) {
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            problem(route, resolved).ifPresent(p -> problems.add(route + ": " + p));
        }
        return problems;
    }

    private static Optional<String> problem(Route route, Set<Kind> resolved) {
        List<Declaration> own = declaredOn(route.method());
        List<Declaration> found = own.isEmpty() ? declaredOn(route.method().getDeclaringClass()) : own;
        if (found.isEmpty()) {
            return Optional.of("declares no alliance scope");
        }
        if (found.size() > 1) {
            return Optional.of("declares more than one scope " + found);
        }
        Declaration d = found.get(0);
        if (!d.scoped()) {
            return d.reason() == null || d.reason().isBlank() ? Optional.of("does not say why it has no alliance")
                    : Optional.empty();
        }
        if (!parameters(route.path()).contains(d.param())) {
            return Optional.of("names the path parameter {" + d.param() + "}, which its path does not have");
        }
        if (!resolved.contains(d.kind())) {
            return Optional.of("names the kind " + d.kind() + ", which no feature resolves to its alliance");
        }
        if (d.rule() == Declaration.Rule.READ && !READ_METHODS.contains(route.httpMethod())) {
            return Optional.of("is a " + route.httpMethod() + " and so cannot be a read: declare it @Writes");
        }
        if (d.rule() == Declaration.Rule.READ && FORM_PAGE.matcher(route.path()).find()) {
            return Optional.of("shows a form to change something and so cannot be a read: declare it @Writes");
        }
        return Optional.empty();
    }

    private static List<Declaration> declaredOn(AnnotatedElement element) {
        List<Declaration> found = new ArrayList<>();
        Optional.ofNullable(element.getAnnotation(Reads.class)).map(Declaration::of).ifPresent(found::add);
        Optional.ofNullable(element.getAnnotation(Writes.class)).map(Declaration::of).ifPresent(found::add);
        Optional.ofNullable(element.getAnnotation(Unscoped.class)).map(Declaration::of).ifPresent(found::add);
        Optional.ofNullable(element.getAnnotation(ChangesLibrary.class)).map(Declaration::of).ifPresent(found::add);
        if (element.isAnnotationPresent(CreatesAlliance.class)) {
            found.add(Declaration.createsAlliance());
        }
        return found;
    }

    private static List<String> parameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
