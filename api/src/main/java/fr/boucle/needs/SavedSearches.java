package fr.boucle.needs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a supplier's person sends and reads about its saved searches of needs. */
public final class SavedSearches {

  private SavedSearches() {}

  /** A search to save, or the new content of one; {@link NeedSearch#check} names bad fields. */
  @Serdeable
  public record Save(
      @Nullable String name,
      @Nullable List<String> categoryIds,
      @Nullable List<String> departments,
      @Nullable String words,
      @Nullable NeedKind kind,
      @Nullable AlertFrequency frequency) {}

  /** A saved search as its person sees it. */
  @Serdeable
  public record SavedSearch(
      UUID id,
      String name,
      List<String> categoryIds,
      List<String> departments,
      @Nullable String words,
      @Nullable NeedKind kind,
      AlertFrequency frequency,
      Instant createdAt) {}

  /** What an unsubscribe link stopped: the names of the searches no longer mailed. */
  @Serdeable
  public record Unsubscribed(List<String> searches) {}
}
