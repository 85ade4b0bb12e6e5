package org.entente.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets one instance at a time run Flyway at start-up, also on Galera. Flyway takes a named lock (GET_LOCK) on a plain
 * MariaDB, but with {@code wsrep_on} it locks rows of its schema history table instead, and on an empty database that
 * table does not exist yet: two instances starting together both run V1, one fails on "Table 'alliance' already
 * exists" and leaves a failed migration behind that stops every later start (seen in GaleraClusterIT). So before
 * Flyway is configured this takes a named lock of its own, held on one pooled connection until the application has
 * started (Flyway has finished by then), or until the instance dies (the server releases it with the connection).
 * GET_LOCK is per node in Galera: instances must reach one node for this, as the recommended topology has them
 * (docs/operations.md, Galera).
 */
@Singleton
public class MigrationLock implements FlywayConfigurationCustomizer {

    static final String NAME = "entente-flyway-migrate";
    /** Longer than any migration takes at start-up; each wait is short so that the socket timeout never fires. */
    static final Duration LIMIT = Duration.ofMinutes(5);
    private static final int WAIT_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(MigrationLock.class);

    private final AgroalDataSource dataSource;
    private Connection held;
    private boolean started;

    public MigrationLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void customize(FluentConfiguration configuration) {
        if (started || held != null) {
            return;  // a Flyway made after start-up, or a second one before it: nothing to migrate any more
        }
        try {
            held = lock();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the migration lock " + NAME, e);
        }
    }

    private Connection lock() throws SQLException {
        Connection connection = dataSource.getConnection();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, NAME);
            lock.setInt(2, WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = lock.executeQuery()) {
                    if (r.next() && r.getInt(1) == 1) {
                        return connection;
                    }
                }
                LOG.infof("Another instance is migrating the schema; waiting for the lock %s", NAME);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        throw new IllegalStateException("Another instance held the migration lock " + NAME + " for " + LIMIT);
    }

    /** Flyway has migrated (it runs before start-up completes): the next instance may go. Before the Quartz start lock. */
    synchronized void release(@Observes @Priority(-2000) StartupEvent event) {
        started = true;
        if (held == null) {
            return;
        }
        try (Connection connection = held; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, NAME);
            release.executeQuery().close();
        } catch (SQLException e) {
            LOG.warnf("Could not release the migration lock cleanly (%s); the database releases it with the connection",
                    e.getMessage());
        } finally {
            held = null;
        }
    }
}
