package fr.boucle.shared.jdbc;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Function;

/**
 * Bounds how long the application's database work may wait or run: every connection the application
 * takes (requests, jobs) gets {@code lock_timeout} ({@code boucle.db.lock-timeout}, 5 s) and {@code
 * statement_timeout} ({@code boucle.db.statement-timeout}, 30 s), so a request queued behind a lock
 * gives up with a 503 instead of holding a pooled connection and a thread. Flyway opens its
 * connections from the pool directly and keeps PostgreSQL's defaults (no limit), so a long
 * migration is not cut short. Long jobs lift both limits for their own transaction with {@link
 * #liftForThisTransaction()}.
 */
@Context
public class DatabaseTimeouts implements ConnectionCustomizer<Connection> {

  private final String settings;
  private final Sql sql;

  DatabaseTimeouts(
      AbstractConnectionOperations<Connection> connections,
      Sql sql,
      @Value("${boucle.db.statement-timeout:30s}") Duration statementTimeout,
      @Value("${boucle.db.lock-timeout:5s}") Duration lockTimeout) {
    this.sql = sql;
    this.settings =
        "SET statement_timeout = "
            + statementTimeout.toMillis()
            + "; SET lock_timeout = "
            + lockTimeout.toMillis();
    connections.addConnectionCustomizer(this);
  }

  @Override
  public <R> Function<ConnectionStatus<Connection>, R> intercept(
      Function<ConnectionStatus<Connection>, R> operation) {
    return status -> {
      if (status.isNew()) { // once per borrowed connection, not per statement joining it
        try (Statement statement = status.getConnection().createStatement()) {
          statement.execute(settings);
        } catch (SQLException e) {
          // A connection that can't take a SET is gone (a restarted server): the request fails
          // as the database's, a 503 that tells it to try again (DatabaseBusyHandler).
          throw new io.micronaut.data.exceptions.DataAccessException(
              "Could not set the database timeouts", e);
        }
      }
      return operation.apply(status);
    };
  }

  /**
   * Lifts both limits until the current transaction ends ({@code SET LOCAL}), for a job that
   * legitimately runs long: a full reindex's snapshot, an all-or-nothing import, the demo loader.
   */
  public void liftForThisTransaction() {
    sql.update("SET LOCAL statement_timeout = 0");
    sql.update("SET LOCAL lock_timeout = 0");
  }
}
