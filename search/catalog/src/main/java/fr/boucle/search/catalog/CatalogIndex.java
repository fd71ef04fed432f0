package fr.boucle.search.catalog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Manages the catalog's versioned physical indices ({@code <alias>-v1}, {@code <alias>-v2}...)
 * behind one alias, and indexes listing documents into them.
 *
 * <p>Readers always search the alias. A full reindex builds the next version beside the live one
 * and then moves the alias in one atomic {@code _aliases} call ({@link #rebuild}, or {@link
 * #createIndex} + {@link #bulkIndex} + {@link #swapAlias} by hand), so searches never see an empty
 * or half-built catalog. Documents are written with external versioning ({@link
 * CatalogDocument#version()}): an update older than what is indexed is refused and reported as
 * stale, so updates that arrive out of order never regress a document, and the same update may be
 * sent to both the live and the rebuilding index.
 *
 * <p>Methods throw {@link UncheckedIOException} when Elasticsearch cannot be reached and the
 * client's {@link ElasticsearchException} when it answers with an error. Thread-safe if the client
 * is (the Elasticsearch client is).
 */
public final class CatalogIndex {

  /** The alias that the application searches. */
  public static final String DEFAULT_ALIAS = "catalog";

  /** Documents per bulk request. */
  public static final int BATCH_SIZE = 500;

  // Index names: lowercase, no leading '-', '_' or '+', none of \ / * ? " < > | , # : or spaces.
  private static final Pattern VALID_ALIAS = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

  private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

  private final ElasticsearchClient client;
  private final String alias;
  private final Pattern versionedName;
  private final ObjectMapper json = CatalogJson.objectMapper();

  /** A catalog behind the {@value #DEFAULT_ALIAS} alias. */
  public CatalogIndex(ElasticsearchClient client) {
    this(client, DEFAULT_ALIAS);
  }

  /**
   * A catalog behind {@code alias} (tests use their own, e.g. {@code it-catalog-3f2a}).
   *
   * @throws IllegalArgumentException if {@code alias} is not a valid lowercase index name
   */
  public CatalogIndex(ElasticsearchClient client, String alias) {
    this.client = Objects.requireNonNull(client, "client");
    Objects.requireNonNull(alias, "alias");
    if (!VALID_ALIAS.matcher(alias).matches() || alias.equals(".") || alias.equals("..")) {
      throw new IllegalArgumentException("Not a valid Elasticsearch alias name: '" + alias + "'");
    }
    this.alias = alias;
    this.versionedName = Pattern.compile(Pattern.quote(alias) + "-v([1-9][0-9]{0,8})");
  }

  /** The alias that readers search. */
  public String alias() {
    return alias;
  }

  /** The physical index name of {@code version}: {@code <alias>-v<version>}. */
  public String indexName(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("Catalog index versions start at 1, got " + version);
    }
    return alias + "-v" + version;
  }

  /** The version of a physical index of this catalog, or empty for any other name. */
  public OptionalInt versionOf(String index) {
    Matcher m = versionedName.matcher(index);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * Creates the physical index {@code <alias>-v<version>} from {@code catalog/settings.json} and
   * {@code catalog/mappings.json}, without attaching the alias.
   *
   * @return the new index's name
   * @throws ElasticsearchException if it exists already ({@code resource_already_exists_exception})
   *     or the analysis plugin is missing
   */
  public String createIndex(int version) {
    String index = indexName(version);
    call(() ->
        client
            .indices()
            .create(c ->
                c.index(index)
                    .settings(CatalogResources.settings())
                    .mappings(CatalogResources.mappings())));
    return index;
  }

  /**
   * The physical index the alias points at, or empty when the alias does not exist.
   *
   * @throws IllegalStateException if the alias points at several indices (never done by this class;
   *     repair it with {@link #swapAlias})
   */
  public Optional<String> currentIndex() {
    List<String> targets = aliasTargets();
    if (targets.size() > 1) {
      throw new IllegalStateException(
          "Alias " + alias + " points at several indices " + targets + "; expected one");
    }
    return targets.stream().findFirst();
  }

  /** Every index the alias points at (normally zero or one), sorted by name. */
  public List<String> aliasTargets() {
    if (!call(() -> client.indices().existsAlias(e -> e.name(alias))).value()) {
      return List.of();
    }
    try {
      return call(() -> client.indices().getAlias(g -> g.name(alias))).aliases().keySet().stream()
          .sorted()
          .toList();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) { // removed between the two calls
        return List.of();
      }
      throw e;
    }
  }

  /** This catalog's physical indices ({@code <alias>-v<n>}, open or closed), oldest first. */
  public List<String> indices() {
    return call(() ->
            client
                .indices()
                .resolveIndex(r ->
                    r.name(alias + "-v*")
                        .expandWildcards(ExpandWildcard.Open, ExpandWildcard.Closed)))
        .indices()
        .stream()
        .map(item -> item.name())
        .filter(name -> versionOf(name).isPresent())
        .sorted(Comparator.comparingInt(name -> versionOf(name).getAsInt()))
        .toList();
  }

  /** The version to build next: one more than the newest existing physical index, 1 if none. */
  public int nextVersion() {
    return indices().stream().mapToInt(name -> versionOf(name).getAsInt()).max().orElse(0) + 1;
  }

  /**
   * Makes sure the alias exists: when it does not, creates the next version with the alias attached
   * in the same request. Idempotent, and safe when several instances start together (they race for
   * the same index name; the losers use the winner's).
   *
   * @return the physical index the alias points at
   * @throws IllegalStateException if a concrete index already has the alias's name
   */
  public String ensureAlias() {
    Optional<String> current = currentIndex();
    if (current.isPresent()) {
      return current.get();
    }
    if (call(() -> client.indices().exists(e -> e.index(alias))).value()) {
      throw new IllegalStateException(
          "A concrete index named " + alias + " exists: it must be deleted before the alias");
    }
    String index = indexName(nextVersion());
    try {
      call(() ->
          client
              .indices()
              .create(c ->
                  c.index(index)
                      .settings(CatalogResources.settings())
                      .mappings(CatalogResources.mappings())
                      .aliases(alias, a -> a)));
      return index;
    } catch (ElasticsearchException e) {
      if (isType(e, "resource_already_exists_exception")) {
        return currentIndex()
            .orElseThrow(() ->
                new IllegalStateException(
                    index + " exists but alias " + alias + " does not point at it", e));
      }
      throw e;
    }
  }

  /**
   * Points the alias at {@code newIndex} only, removing it from every other index, in one atomic
   * {@code _aliases} request: searches on the alias see either the old or the new index, never none
   * or both. Fails, changing nothing, if another swap moved the alias meanwhile.
   *
   * @return the indices the alias was removed from (empty if it did not exist)
   */
  public List<String> swapAlias(String newIndex) {
    Objects.requireNonNull(newIndex, "newIndex");
    List<String> previous = aliasTargets();
    if (previous.equals(List.of(newIndex))) {
      return List.of();
    }
    List<String> removed = previous.stream().filter(index -> !index.equals(newIndex)).toList();
    List<Action> actions = new ArrayList<>();
    for (String index : removed) {
      actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(alias).mustExist(true))));
    }
    actions.add(Action.of(a -> a.add(add -> add.index(newIndex).alias(alias))));
    call(() -> client.indices().updateAliases(u -> u.actions(actions)));
    return removed;
  }

  /**
   * Deletes a physical index.
   *
   * @return false if it did not exist
   * @throws IllegalStateException if the alias points at it (swap first)
   */
  public boolean deleteIndex(String index) {
    Objects.requireNonNull(index, "index");
    if (aliasTargets().contains(index)) {
      throw new IllegalStateException(
          "Refusing to delete " + index + ": alias " + alias + " points at it");
    }
    try {
      call(() -> client.indices().delete(d -> d.index(index)));
      return true;
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Deletes the physical indices older than the one the alias points at, except the {@code keep}
   * most recent of them (kept for a rollback). Never touches the live index nor newer ones (a
   * rebuild in progress); does nothing when the alias does not exist.
   *
   * @return the deleted indices
   */
  public List<String> deleteOldIndices(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must be >= 0, got " + keep);
    }
    Optional<String> current = currentIndex();
    if (current.isEmpty() || versionOf(current.get()).isEmpty()) {
      return List.of();
    }
    int live = versionOf(current.get()).getAsInt();
    List<String> older =
        indices().stream()
            .filter(name -> versionOf(name).getAsInt() < live)
            .sorted(Comparator.comparingInt((String name) -> versionOf(name).getAsInt()).reversed())
            .toList();
    List<String> deleted = new ArrayList<>();
    for (String index : older.subList(Math.min(keep, older.size()), older.size())) {
      if (deleteIndex(index)) {
        deleted.add(index);
      }
    }
    return deleted;
  }

  /** Makes everything indexed so far through the alias searchable. */
  public void refresh() {
    refresh(alias);
  }

  /** Makes everything indexed so far into {@code index} (or alias) searchable. */
  public void refresh(String index) {
    call(() -> client.indices().refresh(r -> r.index(index)));
  }

  /** Number of documents searchable through the alias. */
  public long count() {
    return count(alias);
  }

  /** Number of documents searchable in {@code index} (or alias). */
  public long count(String index) {
    return call(() -> client.count(c -> c.index(index))).count();
  }

  /**
   * Indexes documents through the alias (the live index), with external versioning; see {@link
   * #bulkIndex(String, List)}. Fails item by item, never creating an index, if the alias is
   * missing.
   */
  public BulkResult bulkIndex(List<CatalogDocument> documents) {
    return bulk(alias, true, documents.iterator());
  }

  /**
   * Indexes documents into {@code index} (a physical index or the alias) in requests of {@value
   * #BATCH_SIZE}, each with its {@link CatalogDocument#version()} as external version.
   *
   * <p>Every item of every response is checked: a document is counted as indexed, as stale (409
   * version conflict: the index holds that version or a newer one already) or as a failure with its
   * id and reason (e.g. a malformed field). Failures are returned, not thrown: call {@link
   * BulkResult#orThrow()} to turn them into an exception.
   *
   * @throws IllegalStateException if {@code index} does not exist (rather than letting
   *     Elasticsearch auto-create it with dynamic mappings)
   */
  public BulkResult bulkIndex(String index, List<CatalogDocument> documents) {
    return bulk(index, false, documents.iterator());
  }

  /**
   * Full reindex: builds the next version from {@code documents} (read once, in batches, so it may
   * stream from a database), refreshes it and swaps the alias onto it. Old indices are kept; call
   * {@link #deleteOldIndices} afterwards. If any document fails, the new index is deleted, the
   * alias is left untouched and {@link CatalogBulkException} is thrown.
   */
  public RebuildResult rebuild(Iterable<CatalogDocument> documents) {
    String index = createIndex(nextVersion());
    try {
      BulkResult result = bulk(index, false, documents.iterator()).orThrow();
      refresh(index);
      List<String> previous = swapAlias(index);
      return new RebuildResult(index, previous, result);
    } catch (RuntimeException e) {
      try {
        deleteIndex(index);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  // ------------------------------------------------------------------------------------ bulk

  private BulkResult bulk(String target, boolean viaAlias, Iterator<CatalogDocument> documents) {
    Objects.requireNonNull(target, "index");
    if (!viaAlias && !call(() -> client.indices().exists(e -> e.index(target))).value()) {
      throw new IllegalStateException("Index " + target + " does not exist");
    }
    BulkResult total = BulkResult.empty();
    List<CatalogDocument> batch = new ArrayList<>(BATCH_SIZE);
    while (documents.hasNext()) {
      batch.add(Objects.requireNonNull(documents.next(), "document"));
      if (batch.size() == BATCH_SIZE || !documents.hasNext()) {
        total = total.plus(bulkBatch(target, viaAlias, batch));
        batch.clear();
      }
    }
    return total;
  }

  private BulkResult bulkBatch(String target, boolean viaAlias, List<CatalogDocument> batch) {
    List<BulkOperation> operations = new ArrayList<>(batch.size());
    for (CatalogDocument document : batch) {
      BinaryData source = BinaryData.of(toJson(document), ContentType.APPLICATION_JSON);
      operations.add(
          BulkOperation.of(o ->
              o.index(i ->
                  i.index(target)
                      .id(document.id())
                      .version(document.version())
                      .versionType(VersionType.External)
                      .requireAlias(viaAlias ? Boolean.TRUE : null)
                      .document(source))));
    }
    BulkResponse response = call(() -> client.bulk(b -> b.operations(operations)));
    return readItems(batch, response.items());
  }

  /** Classifies each response item; the items come back in request order. */
  static BulkResult readItems(List<CatalogDocument> batch, List<BulkResponseItem> items) {
    int indexed = 0;
    List<String> stale = new ArrayList<>();
    List<BulkResult.ItemFailure> failures = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String id = batch.get(i).id();
      if (i >= items.size()) {
        failures.add(
            new BulkResult.ItemFailure(id, 0, "missing_item", "No bulk response item for it"));
        continue;
      }
      BulkResponseItem item = items.get(i);
      ErrorCause error = item.error();
      if (error != null) {
        if (item.status() == 409 && VERSION_CONFLICT.equals(error.type())) {
          stale.add(id);
        } else {
          failures.add(
              new BulkResult.ItemFailure(id, item.status(), error.type(), describe(error)));
        }
      } else if (item.status() == 200 || item.status() == 201) {
        indexed++;
      } else {
        failures.add(
            new BulkResult.ItemFailure(
                id, item.status(), "unexpected_status", "Bulk item status " + item.status()));
      }
    }
    return new BulkResult(batch.size(), indexed, stale, failures);
  }

  private static String describe(ErrorCause error) {
    StringBuilder reason = new StringBuilder(Objects.requireNonNullElse(error.reason(), ""));
    for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
      reason.append(" / caused by ").append(cause.type()).append(": ").append(cause.reason());
    }
    return reason.toString();
  }

  private byte[] toJson(CatalogDocument document) {
    try {
      return json.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialise catalog document " + document.id(), e);
    }
  }

  // ----------------------------------------------------------------------------------- helpers

  private static boolean isType(ElasticsearchException e, String type) {
    return e.error() != null && type.equals(e.error().type());
  }

  @FunctionalInterface
  private interface IoCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(IoCall<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch request failed: " + e.getMessage(), e);
    }
  }
}
