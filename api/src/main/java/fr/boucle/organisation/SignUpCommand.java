package fr.boucle.organisation;

import fr.boucle.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new organisation and its first administrator. */
@Serdeable
public record SignUpCommand(
    @NotNull @Valid NewOrganisation organisation, @NotNull @Valid NewAdmin admin) {

  /** The organisation's legal identity; its status and validation are decided by the platform. */
  @Serdeable
  public record NewOrganisation(
      @NotNull OrganisationKind kind,
      @NotBlank @Size(min = 2, max = 200) String legalName,
      @NotBlank String siret,
      @Nullable @Size(max = 60) String legalForm,
      @Nullable InsertionStatus insertionStatus,
      @Nullable @Size(max = 120) String insertionProofReference,
      @Nullable LocalDate insertionValidUntil,
      @Nullable PublicBodyType publicBodyType) {}

  /** The person who signs up and becomes the organisation's administrator. */
  @Serdeable
  public record NewAdmin(
      @NotBlank @Size(min = 2, max = 120) String fullName,
      @NotBlank String email,
      @NotBlank String password) {}
}
