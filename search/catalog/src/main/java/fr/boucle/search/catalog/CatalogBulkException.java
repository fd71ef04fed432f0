package fr.boucle.search.catalog;

import java.util.stream.Collectors;

/** Thrown when some documents of a bulk were not indexed; {@link #result()} tells which. */
public class CatalogBulkException extends RuntimeException {

  private final transient BulkResult result;

  /** An exception for a result with failures. */
  public CatalogBulkException(BulkResult result) {
    super(message(result));
    this.result = result;
  }

  /** The whole result: what was indexed, stale and failed. */
  public BulkResult result() {
    return result;
  }

  private static String message(BulkResult result) {
    String first =
        result.failures().stream()
            .limit(5)
            .map(f -> f.id() + " (" + f.status() + " " + f.type() + ": " + f.reason() + ")")
            .collect(Collectors.joining("; "));
    return result.failures().size()
        + " of "
        + result.requested()
        + " catalog documents were not indexed: "
        + first
        + (result.failures().size() > 5 ? "; ..." : "");
  }
}
