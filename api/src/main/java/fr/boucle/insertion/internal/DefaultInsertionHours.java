package fr.boucle.insertion.internal;

import fr.boucle.insertion.InsertionHours;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
class DefaultInsertionHours implements InsertionHours {

  private final Declarations declarations;

  DefaultInsertionHours(Declarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public List<Declaration> onLots(Collection<UUID> lotIds) {
    return declarations.onLots(lotIds).stream().map(Declarations.Row::declaration).toList();
  }

  @Override
  public Totals totalsOf(UUID supplierId) {
    return declarations.totalsOf(supplierId);
  }
}
