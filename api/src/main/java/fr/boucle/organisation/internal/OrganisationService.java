package fr.boucle.organisation.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.organisation.Commands;
import fr.boucle.organisation.InsertionStatus;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.PublicBodyType;
import fr.boucle.organisation.SecretToken;
import fr.boucle.organisation.Views;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's own profile, depots, services, members, invitations and API tokens. Every query
 * is scoped by the caller's organisation: another organisation's object is a {@link NotFound},
 * exactly like a missing one.
 */
@Singleton
public class OrganisationService {

  public static final Set<String> SUPPLIER_SCOPES =
      Set.of("stock:read", "stock:write", "orders:read");
  public static final Set<String> BUYER_SCOPES =
      Set.of("catalogue:read", "orders:read", "spend:read");

  private final Sql sql;
  private final Accounts accounts;
  private final AccountService accountService;
  private final Mailer mailer;
  private final AuditLog audit;

  OrganisationService(
      Sql sql, Accounts accounts, AccountService accountService, Mailer mailer, AuditLog audit) {
    this.sql = sql;
    this.accounts = accounts;
    this.accountService = accountService;
    this.mailer = mailer;
    this.audit = audit;
  }

  // ---- profile -------------------------------------------------------------------------------

  public Views.OrganisationView profile(UUID organisationId) {
    return sql.one(
            "SELECT * FROM organisation WHERE id = ?",
            OrganisationService::organisation,
            organisationId)
        .orElseThrow(() -> new NotFound("Organisation"));
  }

  @Transactional
  public Views.OrganisationView update(CurrentUser admin, Commands.UpdateOrganisation c) {
    requireAdmin(admin);
    Views.OrganisationView before = profile(admin.organisationId());
    if (c.insertionValidUntil() != null && c.insertionValidUntil().isBefore(LocalDate.now())) {
      new ValidationFailed.Collector()
          .add("insertionValidUntil", "must not be in the past")
          .throwIfAny();
    }
    boolean supplier = before.kind() == OrganisationKind.SUPPLIER;
    String proofAfter =
        supplier && c.insertionProofReference() != null
            ? c.insertionProofReference()
            : before.insertionProofReference();
    LocalDate untilAfter =
        supplier && c.insertionValidUntil() != null
            ? c.insertionValidUntil()
            : before.insertionValidUntil();
    boolean proofChanged =
        !Objects.equals(proofAfter, before.insertionProofReference())
            || !Objects.equals(untilAfter, before.insertionValidUntil());
    // A proof the operator checked at validation, changed since: checked again before it counts.
    boolean backToReview = proofChanged && before.status() != OrganisationStatus.PENDING;
    sql.update(
        "UPDATE organisation SET legal_form = ?, description = ?, contact_email = ?, contact_phone = ?,"
            + " purchasing_department = ?, departments_served = ?,"
            + " insertion_proof_reference = COALESCE(?, insertion_proof_reference),"
            + " insertion_valid_until = COALESCE(?, insertion_valid_until),"
            + " insertion_proof_review_pending = insertion_proof_review_pending OR ?"
            + " WHERE id = ?",
        c.legalForm(),
        c.description(),
        c.contactEmail() == null ? null : c.contactEmail().trim().toLowerCase(),
        c.contactPhone(),
        c.purchasingDepartment(),
        c.departmentsServed() == null
            ? List.of()
            : List.copyOf(new java.util.LinkedHashSet<>(c.departmentsServed())),
        before.kind() == OrganisationKind.SUPPLIER ? c.insertionProofReference() : null,
        before.kind() == OrganisationKind.SUPPLIER ? c.insertionValidUntil() : null,
        backToReview,
        admin.organisationId());
    audit.record(
        admin,
        admin.organisationId(),
        "organisation.updated",
        "organisation",
        admin.organisationId(),
        proofChanged
            ? Map.of(
                "insertionProof",
                Map.of(
                    "before",
                        proofMap(before.insertionProofReference(), before.insertionValidUntil()),
                    "after", proofMap(proofAfter, untilAfter)),
                "reviewPending",
                backToReview)
            : Map.of());
    return profile(admin.organisationId());
  }

  private static Map<String, String> proofMap(
      @Nullable String reference, @Nullable LocalDate until) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("reference", reference == null ? "" : reference);
    m.put("validUntil", until == null ? "" : until.toString());
    return m;
  }

  /** The suppliers whose insertion proof changed since the operator checked it. */
  public List<Views.OrganisationView> proofsToReview(CurrentUser operator) {
    requireOperator(operator);
    return sql.list(
        "SELECT * FROM organisation WHERE insertion_proof_review_pending ORDER BY created_at",
        OrganisationService::organisation);
  }

  /** The operator has checked the supplier's new insertion proof: reserved lots count it again. */
  @Transactional
  public Views.OrganisationView approveProof(CurrentUser operator, UUID organisationId) {
    requireOperator(operator);
    Views.OrganisationView before = profile(organisationId);
    if (before.kind() != OrganisationKind.SUPPLIER) {
      throw new NotFound("Organisation");
    }
    sql.update(
        "UPDATE organisation SET insertion_proof_review_pending = false,"
            + " insertion_proof_reviewed_at = now() WHERE id = ?",
        organisationId);
    audit.record(
        operator,
        organisationId,
        "organisation.insertion_proof_reviewed",
        "organisation",
        organisationId,
        Map.of(
            "reference",
            before.insertionProofReference() == null ? "" : before.insertionProofReference(),
            "validUntil",
            before.insertionValidUntil() == null ? "" : before.insertionValidUntil().toString()));
    return profile(organisationId);
  }

  private static void requireOperator(CurrentUser user) {
    if (!user.hasRole(Role.OPERATOR)) {
      throw new NotFound("Organisation");
    }
  }

  // ---- depots and services -------------------------------------------------------------------

  /** Depots for suppliers, services for buyers: both are an organisation's sites. */
  private static String siteTable(CurrentUser user) {
    return switch (user.organisationKind()) {
      case SUPPLIER -> "depot";
      case BUYER -> "buyer_service";
      case OPERATOR -> throw new NotFound("Site");
    };
  }

  public List<Views.SiteView> sites(CurrentUser user, String table) {
    if (!siteTable(user).equals(table)) {
      throw new NotFound("Site");
    }
    return sql.list(
        "SELECT * FROM " + table + " WHERE organisation_id = ? ORDER BY name",
        rs -> site(rs, table),
        user.organisationId());
  }

  public Views.SiteView site(CurrentUser user, String table, UUID id) {
    if (!siteTable(user).equals(table)) {
      throw new NotFound("Site");
    }
    return sql.one(
            "SELECT * FROM " + table + " WHERE id = ? AND organisation_id = ?",
            rs -> site(rs, table),
            id,
            user.organisationId())
        .orElseThrow(() -> new NotFound(table.equals("depot") ? "Depot" : "Service"));
  }

  @Transactional
  public Views.SiteView createSite(CurrentUser admin, String table, Commands.SaveSite c) {
    requireAdmin(admin);
    if (!siteTable(admin).equals(table)) {
      throw new NotFound("Site");
    }
    UUID id = UUID.randomUUID();
    // siteTable() vouched for the table name: it is one of two constants.
    sql.update(
        "INSERT INTO "
            + table
            + " (id, organisation_id, name, street, postcode, city, department, latitude, longitude)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        admin.organisationId(),
        c.name().trim(),
        c.street().trim(),
        c.postcode(),
        c.city().trim(),
        c.department(),
        c.latitude(),
        c.longitude());
    if (table.equals("buyer_service")) {
      sql.update(
          "UPDATE buyer_service SET chorus_service_code = ?, approval_threshold_cents = ? WHERE id = ?",
          c.chorusServiceCode(),
          c.approvalThresholdCents() == null ? 0L : c.approvalThresholdCents(),
          id);
    }
    audit.record(
        admin, admin.organisationId(), table + ".created", table, id, Map.of("name", c.name()));
    return site(admin, table, id);
  }

  @Transactional
  public Views.SiteView updateSite(CurrentUser admin, String table, UUID id, Commands.SaveSite c) {
    Views.SiteView before = site(admin, table, id);
    requireAdmin(admin);
    sql.update(
        "UPDATE "
            + table
            + " SET name = ?, street = ?, postcode = ?, city = ?, department = ?, latitude = ?,"
            + " longitude = ? WHERE id = ? AND organisation_id = ?",
        c.name().trim(),
        c.street().trim(),
        c.postcode(),
        c.city().trim(),
        c.department(),
        c.latitude(),
        c.longitude(),
        id,
        admin.organisationId());
    if (table.equals("buyer_service")) {
      long threshold = c.approvalThresholdCents() == null ? 0L : c.approvalThresholdCents();
      sql.update(
          "UPDATE buyer_service SET chorus_service_code = ?, approval_threshold_cents = ? WHERE id = ?",
          c.chorusServiceCode(),
          threshold,
          id);
      if (!Objects.equals(before.approvalThresholdCents(), threshold)) {
        audit.record(
            admin,
            admin.organisationId(),
            "buyer_service.threshold-changed",
            table,
            id,
            Map.of("from", before.approvalThresholdCents(), "to", threshold));
      }
    }
    audit.record(
        admin, admin.organisationId(), table + ".updated", table, id, Map.of("name", c.name()));
    return site(admin, table, id);
  }

  @Transactional
  public void deleteSite(CurrentUser admin, String table, UUID id) {
    site(admin, table, id);
    requireAdmin(admin);
    long uses =
        table.equals("depot")
            ? sql.count("SELECT count(*) FROM listing WHERE depot_id = ?", id)
            : sql.count("SELECT count(*) FROM person_service WHERE service_id = ?", id);
    if (uses > 0) {
      throw new fr.boucle.shared.web.ProblemException(
          io.micronaut.http.HttpStatus.CONFLICT,
          table.equals("depot")
              ? "This depot still holds " + uses + " listing(s): move them first."
              : "This service still has " + uses + " member(s): change their services first.");
    }
    sql.update(
        "DELETE FROM " + table + " WHERE id = ? AND organisation_id = ?",
        id,
        admin.organisationId());
    audit.record(admin, admin.organisationId(), table + ".deleted", table, id, Map.of());
  }

  // ---- members and invitations ---------------------------------------------------------------

  public List<Views.MemberView> members(CurrentUser user) {
    return sql.list(
        "SELECT p.id, p.email, p.full_name, p.active,"
            + " ARRAY(SELECT role FROM person_role r WHERE r.person_id = p.id) AS roles,"
            + " ARRAY(SELECT service_id::text FROM person_service s WHERE s.person_id = p.id) AS services"
            + " FROM person p WHERE p.organisation_id = ? ORDER BY p.full_name",
        OrganisationService::member,
        user.organisationId());
  }

  public Views.MemberView member(CurrentUser user, UUID id) {
    return members(user).stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound("Member"));
  }

  @Transactional
  public Views.MemberView changeRoles(CurrentUser admin, UUID memberId, Commands.ChangeRoles c) {
    Views.MemberView before = member(admin, memberId);
    requireAdmin(admin);
    OrganisationKind kind = admin.organisationKind();
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    Set<UUID> services = c.serviceIds() == null ? Set.of() : c.serviceIds();
    accountService.validateRoles(errors, kind, c.roles(), services, admin.organisationId());
    errors.throwIfAny();
    Role adminRole = Role.adminOf(kind);
    if (before.roles().contains(adminRole)
        && !c.roles().contains(adminRole)
        && activeAdmins(admin, adminRole) <= 1) {
      throw new Forbidden("An organisation keeps at least one active administrator.");
    }
    accounts.replaceRoles(memberId, c.roles(), services);
    sql.update("UPDATE person SET security_stamp = security_stamp + 1 WHERE id = ?", memberId);
    audit.record(
        admin,
        admin.organisationId(),
        "member.roles-changed",
        "person",
        memberId,
        Map.of("from", sorted(before.roles()), "to", sorted(c.roles())));
    return member(admin, memberId);
  }

  @Transactional
  public Views.MemberView setActive(CurrentUser admin, UUID memberId, boolean active) {
    Views.MemberView before = member(admin, memberId);
    requireAdmin(admin);
    Role adminRole = Role.adminOf(admin.organisationKind());
    if (!active && before.roles().contains(adminRole) && activeAdmins(admin, adminRole) <= 1) {
      throw new Forbidden("An organisation keeps at least one active administrator.");
    }
    sql.update(
        "UPDATE person SET active = ?, security_stamp = security_stamp + 1 WHERE id = ? AND organisation_id = ?",
        active,
        memberId,
        admin.organisationId());
    audit.record(
        admin,
        admin.organisationId(),
        active ? "member.reactivated" : "member.deactivated",
        "person",
        memberId,
        Map.of());
    return member(admin, memberId);
  }

  private long activeAdmins(CurrentUser admin, Role adminRole) {
    return sql.count(
        "SELECT count(*) FROM person p JOIN person_role r ON r.person_id = p.id"
            + " WHERE p.organisation_id = ? AND p.active AND r.role = ?",
        admin.organisationId(),
        adminRole);
  }

  public List<Views.InvitationView> invitations(CurrentUser admin) {
    requireAdmin(admin);
    return sql.list(
        "SELECT * FROM invitation WHERE organisation_id = ? ORDER BY created_at DESC",
        OrganisationService::invitation,
        admin.organisationId());
  }

  @Transactional
  public void revokeInvitation(CurrentUser admin, UUID id) {
    if (sql.count(
            "SELECT count(*) FROM invitation WHERE id = ? AND organisation_id = ?",
            id,
            admin.organisationId())
        == 0) {
      throw new NotFound("Invitation");
    }
    requireAdmin(admin);
    int updated =
        sql.update(
            "UPDATE invitation SET revoked_at = now() WHERE id = ? AND organisation_id = ? AND accepted_at IS NULL"
                + " AND revoked_at IS NULL",
            id,
            admin.organisationId());
    if (updated == 0
        && sql.count(
                "SELECT count(*) FROM invitation WHERE id = ? AND organisation_id = ?",
                id,
                admin.organisationId())
            == 0) {
      throw new NotFound("Invitation");
    }
    audit.record(admin, admin.organisationId(), "invitation.revoked", "invitation", id, Map.of());
  }

  // ---- API tokens ----------------------------------------------------------------------------

  public List<Views.ApiTokenView> apiTokens(CurrentUser admin) {
    requireAdmin(admin);
    return sql.list(
        "SELECT * FROM api_token WHERE organisation_id = ? ORDER BY created_at DESC",
        OrganisationService::apiToken,
        admin.organisationId());
  }

  @Transactional
  public Views.NewApiToken createApiToken(CurrentUser admin, Commands.CreateApiToken c) {
    requireAdmin(admin);
    if (admin.isApiToken()) {
      throw new Forbidden("API tokens cannot create API tokens.");
    }
    Set<String> allowed =
        admin.organisationKind() == OrganisationKind.SUPPLIER ? SUPPLIER_SCOPES : BUYER_SCOPES;
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (String scope : c.scopes()) {
      if (!allowed.contains(scope)) {
        errors.add("scopes", scope + " is not one of " + allowed.stream().sorted().toList());
      }
    }
    errors.throwIfAny();
    SecretToken secret = SecretToken.generate("bcl_");
    UUID id = UUID.randomUUID();
    sql.update(
        "INSERT INTO api_token (id, organisation_id, name, scopes, prefix, token_hash, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        admin.organisationId(),
        c.name().trim(),
        c.scopes().stream().sorted().toList(),
        secret.value().substring(0, 12),
        secret.hash(),
        admin.personId());
    audit.record(
        admin,
        admin.organisationId(),
        "api-token.created",
        "api_token",
        id,
        Map.of("name", c.name(), "scopes", c.scopes().stream().sorted().toList()));
    Views.ApiTokenView view =
        sql.one("SELECT * FROM api_token WHERE id = ?", OrganisationService::apiToken, id)
            .orElseThrow();
    return new Views.NewApiToken(view, secret.value());
  }

  @Transactional
  public void revokeApiToken(CurrentUser admin, UUID id) {
    if (sql.count(
            "SELECT count(*) FROM api_token WHERE id = ? AND organisation_id = ?",
            id,
            admin.organisationId())
        == 0) {
      throw new NotFound("API token");
    }
    requireAdmin(admin);
    sql.update("UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = ?", id);
    audit.record(admin, admin.organisationId(), "api-token.revoked", "api_token", id, Map.of());
  }

  /** Resolves a presented API token to its organisation, when it is live. */
  @Transactional
  public Optional<CurrentUser> authenticateApiToken(String secret) {
    record Row(UUID id, UUID organisationId, String kind, String name, List<String> scopes) {}
    Optional<Row> row =
        sql.one(
            "SELECT t.id, t.organisation_id, o.kind, t.name, t.scopes FROM api_token t"
                + " JOIN organisation o ON o.id = t.organisation_id"
                + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND o.status = 'ACTIVE'",
            rs ->
                new Row(
                    Sql.uuid(rs, "id"),
                    Sql.uuid(rs, "organisation_id"),
                    rs.getString("kind"),
                    rs.getString("name"),
                    Sql.strings(rs, "scopes")),
            SecretToken.hashOf(secret));
    row.ifPresent(
        r -> sql.update("UPDATE api_token SET last_used_at = now() WHERE id = ?", r.id()));
    return row.map(r ->
        new CurrentUser(
            null,
            r.organisationId(),
            OrganisationKind.valueOf(r.kind()),
            Set.of("API_TOKEN"),
            Set.of(),
            "API token " + r.name(),
            r.id(),
            Set.copyOf(r.scopes()),
            0));
  }

  // ---- operator --------------------------------------------------------------------------------

  public List<Views.OrganisationView> organisationsByStatus(OrganisationStatus status) {
    return sql.list(
        "SELECT * FROM organisation WHERE status = ? AND kind <> 'OPERATOR' ORDER BY created_at",
        OrganisationService::organisation,
        status);
  }

  @Transactional
  public Views.OrganisationView setStatus(
      CurrentUser operator, UUID organisationId, OrganisationStatus status) {
    if (!operator.hasRole(Role.OPERATOR)) {
      throw new NotFound("Organisation");
    }
    Views.OrganisationView before = profile(organisationId);
    if (before.kind() == OrganisationKind.OPERATOR) {
      throw new NotFound("Organisation");
    }
    sql.update(
        "UPDATE organisation SET status = ?, validated_at = CASE WHEN ? = 'ACTIVE' THEN now() ELSE validated_at END,"
            + " validated_by = CASE WHEN ? = 'ACTIVE' THEN ? ELSE validated_by END,"
            // Validating checks the insertion proof too.
            + " insertion_proof_review_pending = insertion_proof_review_pending AND NOT ?,"
            + " insertion_proof_reviewed_at = CASE WHEN ? AND kind = 'SUPPLIER' THEN now()"
            + " ELSE insertion_proof_reviewed_at END WHERE id = ?",
        status,
        status.name(),
        status.name(),
        operator.personId(),
        status == OrganisationStatus.ACTIVE,
        status == OrganisationStatus.ACTIVE,
        organisationId);
    audit.record(
        operator,
        organisationId,
        "organisation." + status.name().toLowerCase(),
        "organisation",
        organisationId,
        Map.of("from", before.status().name(), "to", status.name()));
    if (status == OrganisationStatus.ACTIVE
        && before.status() == OrganisationStatus.PENDING
        && before.contactEmail() != null) {
      mailer.organisationValidated(before.contactEmail(), before.legalName());
    }
    return profile(organisationId);
  }

  // ---- helpers -------------------------------------------------------------------------------

  static void requireAdmin(CurrentUser user) {
    if (!user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.BUYER_ADMIN, Role.OPERATOR)) {
      throw new Forbidden("Only your organisation's administrators can do this.");
    }
  }

  private static List<String> sorted(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().toList();
  }

  private static Views.OrganisationView organisation(ResultSet rs) throws SQLException {
    String insertion = rs.getString("insertion_status");
    String body = rs.getString("public_body_type");
    java.sql.Date until = rs.getDate("insertion_valid_until");
    return new Views.OrganisationView(
        Sql.uuid(rs, "id"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getString("legal_name"),
        rs.getString("siret"),
        rs.getString("legal_form"),
        insertion == null ? null : InsertionStatus.valueOf(insertion),
        rs.getString("insertion_proof_reference"),
        until == null ? null : until.toLocalDate(),
        rs.getBoolean("insertion_proof_review_pending"),
        body == null ? null : PublicBodyType.valueOf(body),
        OrganisationStatus.valueOf(rs.getString("status")),
        rs.getString("description"),
        rs.getString("contact_email"),
        rs.getString("contact_phone"),
        rs.getString("purchasing_department"),
        Sql.strings(rs, "departments_served"),
        Sql.instant(rs, "created_at"));
  }

  private static Views.SiteView site(ResultSet rs, String table) throws SQLException {
    boolean service = table.equals("buyer_service");
    return new Views.SiteView(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        rs.getString("street"),
        rs.getString("postcode"),
        rs.getString("city"),
        rs.getString("department"),
        rs.getBigDecimal("latitude"),
        rs.getBigDecimal("longitude"),
        service ? rs.getString("chorus_service_code") : null,
        service ? rs.getLong("approval_threshold_cents") : null);
  }

  private static Views.MemberView member(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Sql.strings(rs, "roles").forEach(r -> roles.add(Role.valueOf(r)));
    Set<UUID> services = new java.util.LinkedHashSet<>(Sql.uuids(rs, "services"));
    return new Views.MemberView(
        Sql.uuid(rs, "id"),
        rs.getString("email"),
        rs.getString("full_name"),
        rs.getBoolean("active"),
        Set.copyOf(roles),
        Set.copyOf(services));
  }

  private static Views.InvitationView invitation(ResultSet rs) throws SQLException {
    Instant expires = Sql.instant(rs, "expires_at");
    String state =
        rs.getTimestamp("accepted_at") != null
            ? "ACCEPTED"
            : rs.getTimestamp("revoked_at") != null
                ? "REVOKED"
                : expires.isBefore(Instant.now()) ? "EXPIRED" : "PENDING";
    return new Views.InvitationView(
        Sql.uuid(rs, "id"),
        rs.getString("email"),
        Sql.strings(rs, "roles").stream().map(Role::valueOf).toList(),
        Sql.instant(rs, "created_at"),
        expires,
        state);
  }

  private static Views.ApiTokenView apiToken(ResultSet rs) throws SQLException {
    return new Views.ApiTokenView(
        Sql.uuid(rs, "id"),
        rs.getString("name"),
        rs.getString("prefix"),
        Sql.strings(rs, "scopes"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "last_used_at"),
        Sql.instant(rs, "revoked_at"));
  }
}
