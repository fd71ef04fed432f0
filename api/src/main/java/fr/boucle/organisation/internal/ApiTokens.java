package fr.boucle.organisation.internal;

import fr.boucle.organisation.Views;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The api_token table: an organisation's scoped tokens, kept as the hash of their secret. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiTokens extends GenericRepository<ApiTokens.Row, UUID> {

  @MappedEntity("api_token")
  record Row(
      @Id UUID id,
      UUID organisationId,
      String name,
      @TypeDef(type = DataType.STRING_ARRAY) String[] scopes,
      String prefix,
      byte[] tokenHash,
      UUID createdBy,
      @DateCreated Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {

    Views.ApiTokenView view() {
      return new Views.ApiTokenView(
          id, name, prefix, List.of(scopes), createdAt, lastUsedAt, revokedAt);
    }
  }

  List<Row> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

  Optional<Row> findByIdAndOrganisationId(UUID id, UUID organisationId);

  Optional<Row> findByTokenHashAndRevokedAtIsNull(byte[] tokenHash);

  Row save(Row row);

  /** Revokes a token; revoking it again keeps the first date. */
  @Query("UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = :id")
  void revoke(UUID id);

  @Query("UPDATE api_token SET last_used_at = now() WHERE id = :id")
  void touch(UUID id);
}
