package org.entente.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets one instance at a time register its timed jobs with Quartz at start-up. Quarkus registers them (in its
 * scheduler's start-up observer, priority 0) by checking whether each job exists and inserting it if not, in one
 * transaction: two instances starting together on a new database both find nothing, both insert, and the second
 * one stops with a duplicate key (seen in TwoInstancesIT). Before that observer this one locks the single row of
 * {@code scheduler_start_lock} (V9) in a transaction of its own, and after it commits that transaction, so the next
 * instance finds the jobs the first one stored and only reschedules them.
 */
@ApplicationScoped
public class SchedulerStartLock {

    private static final Logger LOG = Logger.getLogger(SchedulerStartLock.class);
    /** Longer than a start-up takes on a slow machine; the connection's usual lock wait is 5 s. */
    static final int WAIT_SECONDS = 120;

    private final AgroalDataSource dataSource;
    private Connection held;
    private long usualWait;

    public SchedulerStartLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void lock(@Observes @Priority(-1000) StartupEvent event) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet wait = statement.executeQuery("SELECT @@SESSION.innodb_lock_wait_timeout")) {
                wait.next();
                usualWait = wait.getLong(1);
            }
            connection.setAutoCommit(false);
            statement.execute("SET SESSION innodb_lock_wait_timeout = " + WAIT_SECONDS);
            statement.executeQuery("SELECT id FROM scheduler_start_lock WHERE id = 1 FOR UPDATE").close();
            held = connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    void unlock(@Observes @Priority(1000) StartupEvent event) {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION innodb_lock_wait_timeout = " + usualWait); // the pool reuses it
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.warnf("Could not release the scheduler start lock cleanly (%s); the database releases it with the connection",
                    e.getMessage());
        } finally {
            held = null;
        }
    }
}
