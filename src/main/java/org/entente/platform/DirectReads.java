package org.entente.platform;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One-statement reads on the paths every request takes (the session behind a cookie, the stamp of a cached
 * schedule), sent straight through JDBC: no Hibernate session and no JTA transaction, which cost more than the
 * statement itself. Each statement counts in the metric {@code entente.sql.direct}; the statement-count tests and
 * the benchmark add it to Hibernate's count, so no statement goes unseen. A failure is thrown as a
 * {@link PersistenceException} with the driver's exception as its cause, so it is answered like any other
 * database failure (503 when the database is unreachable, see {@link DatabaseFailure}).
 */
@ApplicationScoped
public class DirectReads {

    public static final String METRIC = "entente.sql.direct";

    /** Reads the first row of a result; null for no row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final Counter statements;

    public DirectReads(AgroalDataSource dataSource, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.statements = Counter.builder(METRIC)
                .description("SQL statements sent straight through JDBC, outside Hibernate").register(metrics);
    }

    /** The first row of {@code sql} with its {@code ?} parameters bound in order, read by {@code row}. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.ofNullable(row.read(result)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read from the database: " + e.getMessage(), e);
        }
    }

    /** How many statements went this way since the start, for tests and the benchmark. */
    public long count() {
        return (long) statements.count();
    }
}
