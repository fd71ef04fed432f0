package fr.boucle.bench;

import fr.boucle.Application;
import fr.boucle.needs.internal.WatchNewStock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Needs-matching benchmark (issue 17), in one JVM running the application itself (its jar on the
 * class path, the demo data set of {@code bench.listings} listings on its own database):
 *
 * <ol>
 *   <li>{@code bench.needs} open needs generated over the demo's buyers, services and categories
 *       (infra/bench/sql/open-needs.sql);
 *   <li><b>a new listing against the open needs</b>: a listing on sale is published anew (its
 *       publication moved to now) and the stock watch ({@code WatchNewStock.sweep}, what the
 *       scheduled job runs every minute) matches it against the open needs and queues the buyers'
 *       mails; each sweep timed, {@code bench.warmup} then {@code bench.trials} listings, each
 *       listing's publication put back afterwards so every sweep sees exactly one new listing;
 *   <li><b>a new need against the listings</b>: the demo requester publishes a need through the
 *       API ({@code POST /api/needs}: rules, the need, the suppliers to notify and their mails in
 *       one transaction) then reads its matches ({@code GET /api/needs/{id}/matches}: the
 *       catalogue's French search around the delivery service); each call timed;
 *   <li>the reference, measured in the same run: {@code GET /api/auth/me} (a cheap authenticated
 *       read), interleaved with the need trials.
 * </ol>
 *
 * Prints a Markdown block; run by infra/bench/needs-matching.sh.
 */
public final class NeedsMatchingBench {

  private static final String PASSWORD = "boucle-demo-2026";

  public static void main(String[] args) throws Exception {
    int listings = Integer.getInteger("bench.listings", 100_000);
    int needs = Integer.getInteger("bench.needs", 10_000);
    int warmup = Integer.getInteger("bench.warmup", 30);
    int trials = Integer.getInteger("bench.trials", 300);
    Path needsSql = Path.of(System.getProperty("bench.needs-sql"));
    String es = System.getenv().getOrDefault("BOUCLE_ES_URL", "http://127.0.0.1:9200");
    String alias = System.getenv("BOUCLE_ES_CATALOG_ALIAS");
    String port = System.getenv("BOUCLE_PORT");
    String api = "http://127.0.0.1:" + port;

    long started = System.nanoTime();
    ApplicationContext ctx = Micronaut.build(new String[0]).mainClass(Application.class).start();
    try {
      // Plain connections of the benchmark's own: the application's data source hands out the
      // connection of the current transaction only.
      DataSource db = plainDataSource();
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      waitForDemo(db, http, es, alias, listings);
      log("application and demo ready after %.0f s", secs(System.nanoTime() - started));

      long t0 = System.nanoTime();
      generateNeeds(db, needsSql, needs);
      long openNeeds = scalar(db, "SELECT count(*) FROM need WHERE status = 'OPEN'");
      long published =
          scalar(db, "SELECT count(*) FROM listing WHERE status = 'PUBLISHED'");
      log("%d open needs generated in %.1f s", openNeeds, secs(System.nanoTime() - t0));

      Result stock = listingAgainstNeeds(db, ctx.getBean(WatchNewStock.class), warmup, trials);
      NeedResult need = needAgainstListings(db, http, api, warmup, trials);
      // The application logs to the standard output: the results go to a file of their own.
      java.io.PrintStream out =
          new java.io.PrintStream(
              Files.newOutputStream(Path.of(System.getProperty("bench.result"))), true, "UTF-8");

      out.println("Data: " + published + " listings on sale (demo), " + openNeeds
          + " open needs (infra/bench/sql/open-needs.sql); sequential, one caller.");
      out.println();
      out.println("| Operation | n | p50 ms | p90 ms | p99 ms | max ms | p99 ÷ reference p99 |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
      double ref = need.reference.p(99);
      row(out, "New listing → open needs (stock watch sweep)", stock.took, ref);
      row(out, "New need → publish (`POST /api/needs`, suppliers notified)", need.publish, ref);
      row(out, "New need → matches (`GET /api/needs/{id}/matches`)", need.matches, ref);
      row(out, "Reference `GET /api/auth/me`", need.reference, ref);
      out.println();
      out.printf(
          "Per new listing, needs told: median %d, max %d (one mail each); per new need,"
              + " listings matched: median %d, min %d.%n",
          median(stock.matched), max(stock.matched), median(need.matchCounts),
          min(need.matchCounts));
    } finally {
      ctx.close();
    }
  }

  /** The stock watch matching one new listing per sweep against the open needs. */
  static Result listingAgainstNeeds(DataSource db, WatchNewStock watch, int warmup, int trials)
      throws Exception {
    List<UUID> chosen = new ArrayList<>();
    List<Timestamp> originals = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT l.id, l.published_at FROM listing l WHERE l.status = 'PUBLISHED'"
                    + " AND EXISTS (SELECT 1 FROM need_category nc JOIN need n ON n.id ="
                    + " nc.need_id WHERE nc.category_id = l.category_id AND n.status = 'OPEN')"
                    + " AND (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m"
                    + " WHERE m.listing_id = l.id) > 0 ORDER BY md5(l.id::text) LIMIT ?")) {
      ps.setInt(1, warmup + trials);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          chosen.add(rs.getObject(1, UUID.class));
          originals.add(rs.getTimestamp(2));
        }
      }
    }
    // Every earlier publication is behind the watch: each sweep sees exactly the trial's listing.
    watch.sweep();
    Result result = new Result();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      for (int i = 0; i < chosen.size(); i++) {
        UUID id = chosen.get(i);
        update(c, "UPDATE listing SET published_at = now() WHERE id = ?", id, null);
        long t0 = System.nanoTime();
        int told = watch.sweep();
        long took = System.nanoTime() - t0;
        update(c, "UPDATE listing SET published_at = ? WHERE id = ?", id, originals.get(i));
        if (i >= warmup) {
          result.took.add(took);
          result.matched.add((long) told);
        }
      }
    }
    return result;
  }

  /** The demo requester publishing needs through the API, then reading each one's matches. */
  static NeedResult needAgainstListings(
      DataSource db, HttpClient http, String api, int warmup, int trials) throws Exception {
    List<String[]> subjects = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT ON (l.category_id) l.category_id, l.title FROM listing l"
                    + " WHERE l.status = 'PUBLISHED' ORDER BY l.category_id, md5(l.id::text)")) {
      while (rs.next()) {
        subjects.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    List<UUID> services = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT ps.service_id FROM person_service ps JOIN person p ON p.id = ps.person_id"
                    + " WHERE p.email = 'demandeur@boucle.demo' ORDER BY ps.service_id")) {
      while (rs.next()) {
        services.add(rs.getObject(1, UUID.class));
      }
    }
    if (services.isEmpty() || subjects.isEmpty()) {
      throw new IllegalStateException("the demo requester has no service, or nothing is on sale");
    }
    String csrf = signIn(http, api, "demandeur@boucle.demo");
    Random random = new Random(17);
    NeedResult result = new NeedResult();
    Pattern idField = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    for (int i = 0; i < warmup + trials; i++) {
      String[] subject = subjects.get(random.nextInt(subjects.size()));
      String words = String.join(" ", Arrays.asList(subject[1].split("\\s+")).subList(0,
          Math.min(3, subject[1].split("\\s+").length)));
      String body =
          "{\"title\":" + json("Recherche " + i + " : " + words)
              + ",\"description\":\"Besoin de la mesure.\",\"categoryIds\":["
              + json(subject[0]) + "],\"quantity\":" + (1 + i % 20) + ",\"serviceId\":\""
              + services.get(i % services.size()) + "\",\"closingDate\":\""
              + LocalDate.now().plusDays(20) + "\",\"kind\":\"QUOTE\",\"visibility\":\""
              + (i % 5 == 0 ? "DEPARTMENT" : "ALL_SUPPLIERS") + "\"}";
      long t0 = System.nanoTime();
      HttpResponse<String> published =
          http.send(
              HttpRequest.newBuilder(URI.create(api + "/api/needs"))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long publish = System.nanoTime() - t0;
      if (published.statusCode() != 201 && published.statusCode() != 200) {
        throw new IllegalStateException("publishing answered " + published.statusCode() + ": "
            + published.body());
      }
      Matcher m = idField.matcher(published.body());
      if (!m.find()) {
        throw new IllegalStateException("no id in " + published.body());
      }
      UUID needId = UUID.fromString(m.group(1));
      t0 = System.nanoTime();
      HttpResponse<String> matches = get(http, api + "/api/needs/" + needId + "/matches");
      long match = System.nanoTime() - t0;
      if (matches.statusCode() != 200) {
        throw new IllegalStateException("matches answered " + matches.statusCode());
      }
      t0 = System.nanoTime();
      HttpResponse<String> me = get(http, api + "/api/auth/me");
      long reference = System.nanoTime() - t0;
      if (me.statusCode() != 200) {
        throw new IllegalStateException("me answered " + me.statusCode());
      }
      if (i >= warmup) {
        result.publish.add(publish);
        result.matches.add(match);
        result.reference.add(reference);
        result.matchCounts.add((long) count(matches.body(), "\"priceExclVatCents\""));
      }
    }
    return result;
  }

  static String signIn(HttpClient http, String api, String email) throws Exception {
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"email\":" + json(email) + ",\"password\":" + json(PASSWORD) + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("sign-in answered " + login.statusCode() + ": "
          + login.body());
    }
    return csrf(http, api);
  }

  static String csrf(HttpClient http, String api) {
    CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
    // The cookie store's own view: the session cookies may be marked Secure, loopback is http.
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("BOUCLE_CSRF"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no BOUCLE_CSRF cookie"));
  }

  static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void waitForDemo(DataSource db, HttpClient http, String es, String alias, int listings)
      throws Exception {
    for (int i = 0; i < 1800; i++) {
      long loaded = 0;
      try {
        loaded = scalar(db, "SELECT COALESCE(max(listings), 0) FROM demo_dataset");
      } catch (Exception notYet) {
        if (i % 30 == 0) {
          log("waiting for the demo: %s", notYet.getMessage());
        }
      }
      if (loaded >= listings) {
        HttpResponse<String> count = get(http, es + "/" + alias + "/_count");
        Matcher m = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(count.body());
        long published = scalar(db, "SELECT count(*) FROM listing WHERE status = 'PUBLISHED'");
        if (m.find() && Long.parseLong(m.group(1)) >= published) {
          return;
        }
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the demo and its catalogue were not ready in 30 minutes");
  }

  static DataSource plainDataSource() {
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL(System.getenv("BOUCLE_DB_URL"));
    ds.setUser(System.getenv().getOrDefault("BOUCLE_DB_USER", "boucle"));
    ds.setPassword(System.getenv().getOrDefault("BOUCLE_DB_PASSWORD", "boucle"));
    return ds;
  }

  static void generateNeeds(DataSource db, Path sql, int needs) throws Exception {
    String script = Files.readString(sql).replace(":needs", Integer.toString(needs));
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      for (String statement : script.split(";\\s*\\n")) {
        String stripped = statement.replaceAll("(?m)^--.*$", "").trim();
        if (!stripped.isEmpty()) {
          st.execute(stripped);
        }
      }
    }
  }

  static void update(Connection c, String sql, UUID id, Timestamp at) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (at == null) {
        ps.setObject(1, id);
      } else {
        ps.setTimestamp(1, at);
        ps.setObject(2, id);
      }
      ps.executeUpdate();
    }
  }

  static long scalar(DataSource db, String sql) throws Exception {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static void row(java.io.PrintStream out, String name, Durations d, double ref) {
    out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, d.size(),
        d.p(50), d.p(90), d.p(99), d.max(), d.p(99) / ref);
  }

  static long median(List<Long> v) {
    List<Long> s = new ArrayList<>(v);
    s.sort(null);
    return s.isEmpty() ? 0 : s.get(s.size() / 2);
  }

  static long max(List<Long> v) {
    return v.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  static long min(List<Long> v) {
    return v.stream().mapToLong(Long::longValue).min().orElse(0);
  }

  static double secs(long nanos) {
    return nanos / 1e9;
  }

  static void log(String format, Object... args) {
    System.err.printf("[needs-bench] " + format + "%n", args);
  }

  /** Durations in nanoseconds; percentiles by the nearest-rank method, in milliseconds. */
  static final class Durations {
    private final List<Long> values = new ArrayList<>();

    void add(long nanos) {
      values.add(nanos);
    }

    int size() {
      return values.size();
    }

    double p(int percentile) {
      long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double max() {
      return values.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
  }

  static final class Result {
    final Durations took = new Durations();
    final List<Long> matched = new ArrayList<>();
  }

  static final class NeedResult {
    final Durations publish = new Durations();
    final Durations matches = new Durations();
    final Durations reference = new Durations();
    final List<Long> matchCounts = new ArrayList<>();
  }
}
