package fr.boucle.search.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResultTest {

  private static final BulkResult.ItemFailure FAILURE =
      new BulkResult.ItemFailure("x", 400, "document_parsing_exception", "bad latitude");

  @Test
  void addsUpBatches() {
    BulkResult first = new BulkResult(3, 2, List.of("s"), List.of());
    BulkResult second = new BulkResult(2, 1, List.of(), List.of(FAILURE));
    BulkResult total = BulkResult.empty().plus(first).plus(second);
    assertEquals(5, total.requested());
    assertEquals(3, total.indexed());
    assertEquals(List.of("s"), total.staleIds());
    assertEquals(List.of("x"), total.failedIds());
    assertTrue(total.hasFailures());
  }

  @Test
  void orThrowPassesCleanResultsAndThrowsOnFailures() {
    BulkResult clean = new BulkResult(1, 1, List.of(), List.of());
    assertFalse(clean.hasFailures());
    assertSame(clean, clean.orThrow());

    BulkResult failed = new BulkResult(1, 0, List.of(), List.of(FAILURE));
    CatalogBulkException e = assertThrows(CatalogBulkException.class, failed::orThrow);
    assertSame(failed, e.result());
    assertTrue(e.getMessage().contains("x (400 document_parsing_exception: bad latitude)"));
  }
}
