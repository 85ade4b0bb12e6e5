package org.entente.web.scope;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.mapping.RuntimeResource;
import org.jboss.resteasy.reactive.server.util.RuntimeResourceVisitor;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alliance scope of every route the running application serves, checked at start-up: a route that declares
 * none (or a kind that no feature resolves, or two features that resolve the same kind) stops the start-up with a
 * message listing them. Afterwards it answers, per request, what the matched resource method declared and which
 * alliance a path id belongs to.
 */
@ApplicationScoped
public class DeclaredRoutes {

    private final Instance<AllianceResolver> features;
    private volatile Map<Method, Declaration> declarations;
    private volatile Map<Kind, AllianceResolver> resolvers;

    public DeclaredRoutes(Instance<AllianceResolver> features) {
        this.features = features;
    }

    void check(@Observes StartupEvent start) {
        Map<Kind, AllianceResolver> byKind = new EnumMap<>(Kind.class);
        for (AllianceResolver feature : features) {
            for (Kind kind : feature.kinds()) {
                AllianceResolver other = byKind.put(kind, feature);
                if (other != null) {
                    throw new IllegalStateException("Two features resolve " + kind + ": " + name(other) + " and "
                            + name(feature));
                }
            }
        }
        resolvers = byKind;
        declarations = RouteCheck.require(served(), byKind.keySet());
    }

    /** Every route of the running application, as RESTEasy Reactive matches requests to them. */
    public static List<Route> served() {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment == null) {
            throw new IllegalStateException("The REST deployment is not set up, so its routes cannot be checked");
        }
        List<Route> routes = new ArrayList<>();
        RuntimeResourceVisitor.visitRuntimeResources("/", deployment.getClassMappers(), new RuntimeResourceVisitor() {
            @Override
            public void visitRuntimeResource(String httpMethod, String path, RuntimeResource resource) {
                routes.add(new Route(httpMethod, path, resource.getLazyMethod().getMethod()));
            }
        });
        return routes;
    }

    /** What the resource method declared; empty for a method that was not checked at start-up. */
    public Optional<Declaration> of(Method method) {
        Map<Method, Declaration> checked = declarations;
        return checked == null ? Optional.empty() : Optional.ofNullable(checked.get(method));
    }

    /** The alliance of the record; empty when there is no such record (or no feature resolves the kind). */
    public Optional<Long> allianceOf(Kind kind, long id) {
        AllianceResolver resolver = resolvers == null ? null : resolvers.get(kind);
        return resolver == null ? Optional.empty() : resolver.allianceOf(kind, id);
    }

    private static String name(AllianceResolver resolver) {
        return resolver.getClass().getName().replaceFirst("_ClientProxy$", "");
    }
}
