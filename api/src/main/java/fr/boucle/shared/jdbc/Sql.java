package fr.boucle.shared.jdbc;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over the transaction-bound connection of Micronaut Data JDBC, for the statements that
 * derived queries express badly: conditional updates, locks, arrays.
 */
@Singleton
@Connectable // joins the caller's transaction, or borrows a connection for the call
public class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final JdbcOperations jdbc;

  public Sql(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
    return jdbc.prepareStatement(
        sql,
        ps -> {
          bind(ps, params);
          try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
              rows.add(mapper.map(rs));
            }
            return rows;
          }
        });
  }

  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = list(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  public long count(String sql, Object... params) {
    return one(sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  /** Runs an INSERT/UPDATE/DELETE and answers how many rows it touched. */
  public int update(String sql, Object... params) {
    return jdbc.prepareStatement(
        sql,
        ps -> {
          bind(ps, params);
          return ps.executeUpdate();
        });
  }

  /** Runs one statement for many rows in JDBC batches; answers the rows touched per row. */
  public int[] batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return jdbc.prepareStatement(
        sql,
        ps -> {
          for (Object[] row : rows) {
            bind(ps, row);
            ps.addBatch();
          }
          return ps.executeBatch();
        });
  }

  private void bind(PreparedStatement ps, Object... params) throws SQLException {
    Connection connection = ps.getConnection();
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (p instanceof LocalDate date) {
        ps.setDate(i + 1, Date.valueOf(date));
      } else if (p instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else if (p instanceof Collection<?> values) {
        Object first = values.isEmpty() ? null : values.iterator().next();
        String type = first instanceof UUID ? "uuid" : first instanceof Number ? "bigint" : "text";
        Array array =
            connection.createArrayOf(
                type, values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v).toArray());
        ps.setArray(i + 1, array);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** The SQLSTATE of the first database error in a failure's causes, or null. */
  public static String sqlState(Throwable e) {
    for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return null;
  }

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** A uuid[] column, in its order (empty for NULL). */
  public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
    List<UUID> values = new ArrayList<>();
    for (String s : strings(rs, column)) {
      values.add(UUID.fromString(s));
    }
    return values;
  }

  public static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object o : (Object[]) array.getArray()) {
      values.add(String.valueOf(o));
    }
    return values;
  }
}
