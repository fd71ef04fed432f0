package fr.boucle.organisation;

import fr.boucle.shared.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Requests the organisation area accepts. Server-decided fields are absent by design. */
public final class Commands {

  private Commands() {}

  @Serdeable
  public record UpdateOrganisation(
      @Nullable @Size(max = 60) String legalForm,
      @Nullable @Size(max = 2000) String description,
      @Nullable @Email @Size(max = 254) String contactEmail,
      @Nullable @Pattern(regexp = "^[+0-9 .()-]{6,20}$", message = "must be a phone number")
          String contactPhone,
      @Nullable @Size(max = 200) String purchasingDepartment,
      @Nullable
          List<
                  @Pattern(regexp = "^(2A|2B|[0-9]{2,3})$", message = "must be a département code")
                  String>
              departmentsServed,
      @Nullable @Size(max = 120) String insertionProofReference,
      @Nullable LocalDate insertionValidUntil) {}

  @Serdeable
  public record SaveSite(
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Size(max = 200) String street,
      @NotBlank @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit postcode")
          String postcode,
      @NotBlank @Size(max = 100) String city,
      @NotBlank @Pattern(regexp = "^(2A|2B|[0-9]{2,3})$", message = "must be a département code")
          String department,
      @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
      @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
      @Nullable @Size(max = 60) String chorusServiceCode,
      @Nullable @PositiveOrZero Long approvalThresholdCents) {}

  @Serdeable
  public record Invite(
      @NotBlank String email, @NotEmpty Set<Role> roles, @Nullable Set<UUID> serviceIds) {}

  @Serdeable
  public record ChangeRoles(@NotEmpty Set<Role> roles, @Nullable Set<UUID> serviceIds) {}

  @Serdeable
  public record CreateApiToken(
      @NotBlank @Size(max = 80) String name, @NotEmpty Set<@NotBlank String> scopes) {}

  @Serdeable
  /** Lengths are checked before anything is hashed or looked up. */
  public record Login(
      @NotBlank @Size(max = 254) String email,
      @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {}

  @Serdeable
  public record AcceptInvitation(
      @NotBlank @Size(min = 2, max = 120) String fullName, @NotBlank String password) {}

  @Serdeable
  public record RequestReset(@NotBlank String email) {}

  /** A person's language: fr or en. */
  @Serdeable
  public record Language(@NotBlank @Pattern(regexp = "fr|en") String language) {}

  @Serdeable
  public record ResetPassword(@NotBlank String token, @NotBlank String password) {}

  /** A person's correction of their own details; checked by {@link PersonalDetails}. */
  @Serdeable
  public record CorrectDetails(
      @Nullable @Size(max = 200) String fullName, @Nullable @Size(max = 254) String email) {}
}
