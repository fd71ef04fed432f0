package fr.boucle.search.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of {@link CatalogIndex#bulkIndex}: every document is counted once, as indexed, stale or
 * failed.
 *
 * @param requested documents sent
 * @param indexed documents written (created or updated)
 * @param staleIds documents refused because the index already holds that version or a newer one
 *     (external versioning): not an error, the index is already up to date for them
 * @param failures documents Elasticsearch refused for any other reason, with its reason
 */
public record BulkResult(
    int requested, int indexed, List<String> staleIds, List<ItemFailure> failures) {

  /** Copies the lists. */
  public BulkResult {
    staleIds = List.copyOf(staleIds);
    failures = List.copyOf(failures);
  }

  /** The result of indexing nothing. */
  public static BulkResult empty() {
    return new BulkResult(0, 0, List.of(), List.of());
  }

  /** Whether any document failed. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /** Ids of the failed documents, in request order. */
  public List<String> failedIds() {
    return failures.stream().map(ItemFailure::id).toList();
  }

  /**
   * This result when nothing failed.
   *
   * @throws CatalogBulkException when a document failed, carrying this result
   */
  public BulkResult orThrow() {
    if (hasFailures()) {
      throw new CatalogBulkException(this);
    }
    return this;
  }

  /** This result followed by {@code other} (for a bulk sent in several requests). */
  public BulkResult plus(BulkResult other) {
    List<String> stale = new ArrayList<>(staleIds);
    stale.addAll(other.staleIds);
    List<ItemFailure> failed = new ArrayList<>(failures);
    failed.addAll(other.failures);
    return new BulkResult(requested + other.requested, indexed + other.indexed, stale, failed);
  }

  /**
   * One document that Elasticsearch did not index.
   *
   * @param id the document id
   * @param status HTTP status of the item (400 for a malformed field, 404 for a missing index...)
   * @param type Elasticsearch error type, e.g. {@code document_parsing_exception}
   * @param reason Elasticsearch's explanation, with the cause's when there is one
   */
  public record ItemFailure(String id, int status, String type, String reason) {}
}
