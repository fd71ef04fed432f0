package fr.boucle.insertion;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What other areas (reporting) may read of insertion-hour declarations, without reaching into the
 * insertion area's table.
 */
public interface InsertionHours {

  /** One declaration, without its evidence file. */
  record Declaration(
      UUID id,
      UUID lotId,
      UUID buyerId,
      UUID supplierId,
      int periodIndex,
      int hours,
      @Nullable String comment,
      DeclarationStatus status,
      String evidenceFileName,
      Instant declaredAt,
      @Nullable Instant decidedAt,
      @Nullable String rejectionReason) {}

  /** A supplier's hours: all declared (whatever their status), and those accepted. */
  record Totals(long declared, long accepted) {}

  /** The declarations on these lots, oldest first. */
  List<Declaration> onLots(Collection<UUID> lotIds);

  /** The supplier's hours declared and accepted, over all its lots. */
  Totals totalsOf(UUID supplierId);
}
