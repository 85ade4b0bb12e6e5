package org.entente;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real MariaDB for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = MariaDbTestResource.class, restrictToAnnotatedClass = false)
public class DatabaseForTests {
}
