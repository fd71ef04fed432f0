package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the organisation area shows of itself to the web layer and to other areas. */
public final class Views {

  private Views() {}

  @Serdeable
  public record OrganisationView(
      UUID id,
      OrganisationKind kind,
      String legalName,
      String siret,
      @Nullable String legalForm,
      @Nullable InsertionStatus insertionStatus,
      @Nullable String insertionProofReference,
      @Nullable LocalDate insertionValidUntil,
      boolean insertionProofReviewPending,
      @Nullable PublicBodyType publicBodyType,
      OrganisationStatus status,
      @Nullable String description,
      @Nullable String contactEmail,
      @Nullable String contactPhone,
      @Nullable String purchasingDepartment,
      List<String> departmentsServed,
      Instant createdAt) {}

  @Serdeable
  public record SiteView(
      UUID id,
      String name,
      String street,
      String postcode,
      String city,
      String department,
      BigDecimal latitude,
      BigDecimal longitude,
      @Nullable String chorusServiceCode,
      @Nullable Long approvalThresholdCents) {}

  @Serdeable
  public record MemberView(
      UUID id,
      String email,
      String fullName,
      boolean active,
      Set<Role> roles,
      Set<UUID> serviceIds) {}

  @Serdeable
  public record InvitationView(
      UUID id,
      String email,
      List<Role> roles,
      Instant createdAt,
      Instant expiresAt,
      String state) {}

  /** What an invitation link shows before it is accepted. */
  @Serdeable
  public record InvitationPreview(String organisationName, String email, List<Role> roles) {}

  @Serdeable
  public record ApiTokenView(
      UUID id,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {}

  /** An API token just created: the only time its secret is shown. */
  @Serdeable
  public record NewApiToken(ApiTokenView token, String secret) {}

  /**
   * The signed-in person. {@code sessionExpiresAt} is when the browser session ends and {@code
   * sessionSecondsLeft} how long that is from the answer (the interface warns before, RGAA 13.1);
   * both null when unknown.
   */
  @Serdeable
  public record Me(
      UUID personId,
      String email,
      String fullName,
      Set<Role> roles,
      Set<UUID> serviceIds,
      UUID organisationId,
      String organisationName,
      OrganisationKind organisationKind,
      OrganisationStatus organisationStatus,
      String language,
      @Nullable Instant sessionExpiresAt,
      @Nullable Long sessionSecondsLeft) {}
}
