package org.entente.fault;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/**
 * The app of the fault tests: pointed at a {@link PrivateMariaDb} instead of the suite's shared database, which the
 * tests may kill, stop and restart without disturbing any other test. Every setting is the production one.
 */
public class PrivateDatabase implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PrivateDatabaseResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
