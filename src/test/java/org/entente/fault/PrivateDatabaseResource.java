package org.entente.fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts the {@link PrivateMariaDb} of the fault tests, points the app at it, and hands it to the test's field. */
public class PrivateDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private PrivateMariaDb db;

    @Override
    public Map<String, String> start() {
        db = PrivateMariaDb.start("entente_fault");
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(db, new TestInjector.MatchesType(PrivateMariaDb.class));
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }
}
