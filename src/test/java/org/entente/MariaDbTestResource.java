package org.entente;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives the tests a real MariaDB: ENTENTE_TEST_DB_URL if set, else the server on 127.0.0.1:3306 when one answers
 * (database entente_test), else an embedded MariaDB in a throw-away directory.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "entente_test";
    private EmbeddedMariaDb embedded;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("ENTENTE_TEST_DB_URL");
        if (url == null && localServerAnswers()) {
            url = "jdbc:mariadb://127.0.0.1:3306/" + DATABASE;
            createDatabase("jdbc:mariadb://127.0.0.1:3306/");
        }
        if (url == null) {
            try {
                embedded = EmbeddedMariaDb.start(Files.createTempDirectory("entente-test-db"), DATABASE, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", embedded.jdbcUrl(DATABASE),
                    "quarkus.datasource.username", embedded.username(),
                    "quarkus.datasource.password", embedded.password());
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", System.getenv().getOrDefault("ENTENTE_TEST_DB_USER", "root"),
                "quarkus.datasource.password", System.getenv().getOrDefault("ENTENTE_TEST_DB_PASSWORD", ""));
    }

    @Override
    public void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
        } catch (IOException e) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void createDatabase(String serverUrl) {
        try (Connection c = DriverManager.getConnection(serverUrl, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on 127.0.0.1:3306", e);
        }
    }
}
