package fr.boucle.search.catalog;

import java.util.List;

/**
 * Outcome of {@link CatalogIndex#rebuild}: the alias now points at {@code newIndex}.
 *
 * @param newIndex the physical index built and now behind the alias
 * @param previousIndices the indices the alias pointed at before (kept, for a rollback)
 * @param bulk what happened to each document
 */
public record RebuildResult(String newIndex, List<String> previousIndices, BulkResult bulk) {

  /** Copies the list. */
  public RebuildResult {
    previousIndices = List.copyOf(previousIndices);
  }
}
