package fr.boucle.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A versioned migration that has landed is never edited: a database that applied it would refuse
 * the new checksum at its next start. Every {@code V*.sql} is listed with its SHA-256 in {@code
 * landed-migrations.txt}; changing a listed file fails here. A new migration is added to the list
 * in the commit that brings it. Functions and views live in repeatable {@code R__} files instead,
 * which Flyway applies again whenever they change.
 */
class LandedMigrationsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path LANDED = Path.of("src/test/resources/landed-migrations.txt");

  @Test
  void noLandedMigrationChangesAndEveryMigrationIsListed() throws IOException {
    Map<String, String> landed = new TreeMap<>();
    for (String line : Files.readAllLines(LANDED, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.trim().split("\\s+");
        landed.put(parts[1], parts[0]);
      }
    }
    Map<String, String> current = new TreeMap<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("V")).toList()) {
        current.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
      }
    }
    List<String> changed =
        landed.entrySet().stream()
            .filter(e -> !e.getValue().equals(current.get(e.getKey())))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(changed)
        .as("landed migrations changed or removed: add a new migration instead")
        .isEmpty();
    assertThat(current.keySet())
        .as("every versioned migration is listed in %s with its SHA-256", LANDED)
        .containsExactlyInAnyOrderElementsOf(landed.keySet());
  }

  @Test
  void everyFunctionAndViewHasItsOwnRepeatableMigration() throws IOException {
    // Versioned migrations may create a function or view (a trigger needs its function to exist),
    // but its current definition is one R__<name>.sql, so changing it is a one-file diff.
    java.util.Set<String> created = new java.util.TreeSet<>();
    java.util.Set<String> dropped = new java.util.TreeSet<>();
    java.util.regex.Pattern create =
        java.util.regex.Pattern.compile(
            "CREATE (?:OR REPLACE )?(?:FUNCTION|VIEW) (\\w+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    java.util.regex.Pattern drop =
        java.util.regex.Pattern.compile(
            "DROP (?:FUNCTION|VIEW) (?:IF EXISTS )?(\\w+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    Map<String, String> repeatable = new TreeMap<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        if (name.startsWith("V")) {
          create.matcher(sql).results().forEach(m -> created.add(m.group(1)));
          drop.matcher(sql).results().forEach(m -> dropped.add(m.group(1)));
        } else if (name.startsWith("R__")) {
          repeatable.put(name.substring(3, name.length() - 4), sql);
        }
      }
    }
    created.removeAll(dropped);
    assertThat(repeatable.keySet())
        .as("one R__<name>.sql per function or view")
        .containsAll(created);
    repeatable.forEach((name, sql) ->
        assertThat(sql)
            .as("R__%s.sql defines %s", name, name)
            .containsPattern("CREATE OR REPLACE (FUNCTION|VIEW) " + name + "\\b"));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
