package fr.boucle.organisation.internal;

import fr.boucle.organisation.InsertionProof;
import fr.boucle.organisation.InsertionStatus;
import fr.boucle.organisation.OrganisationStatus;
import fr.boucle.organisation.PublicBodyType;
import fr.boucle.organisation.Views;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The organisation table: suppliers, buyers and the platform operator. */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class Organisations implements GenericRepository<Organisations.Row, UUID> {

  @MappedEntity("organisation")
  record Row(
      @Id UUID id,
      OrganisationKind kind,
      String legalName,
      String siret,
      @Nullable String legalForm,
      @Nullable InsertionStatus insertionStatus,
      @Nullable String insertionProofReference,
      @Nullable LocalDate insertionValidUntil,
      boolean insertionProofReviewPending,
      @Nullable Instant insertionProofReviewedAt,
      @Nullable PublicBodyType publicBodyType,
      OrganisationStatus status,
      @Nullable String description,
      @Nullable String contactEmail,
      @Nullable String contactPhone,
      @Nullable String purchasingDepartment,
      @TypeDef(type = DataType.STRING_ARRAY) String[] departmentsServed,
      @Nullable Instant validatedAt,
      @Nullable UUID validatedBy,
      @DateCreated Instant createdAt) {

    Views.OrganisationView view() {
      return new Views.OrganisationView(
          id,
          kind,
          legalName,
          siret,
          legalForm,
          insertionStatus,
          insertionProofReference,
          insertionValidUntil,
          insertionProofReviewPending,
          publicBodyType,
          status,
          description,
          contactEmail,
          contactPhone,
          purchasingDepartment,
          List.of(departmentsServed),
          createdAt);
    }

    InsertionProof proof() {
      return new InsertionProof(insertionProofReference, insertionValidUntil);
    }

    /** A new organisation, waiting for the operator's validation unless told otherwise. */
    static Row of(
        UUID id,
        OrganisationKind kind,
        String legalName,
        String siret,
        @Nullable String legalForm,
        @Nullable InsertionStatus insertionStatus,
        @Nullable String insertionProofReference,
        @Nullable LocalDate insertionValidUntil,
        @Nullable PublicBodyType publicBodyType,
        OrganisationStatus status,
        @Nullable String contactEmail) {
      return new Row(
          id,
          kind,
          legalName,
          siret,
          legalForm,
          insertionStatus,
          insertionProofReference,
          insertionValidUntil,
          false,
          null,
          publicBodyType,
          status,
          null,
          contactEmail,
          null,
          null,
          new String[0],
          null,
          null,
          null);
    }
  }

  private final Sql sql;

  Organisations(Sql sql) {
    this.sql = sql;
  }

  abstract Optional<Row> findById(UUID id);

  abstract List<Row> findByIdIn(Collection<UUID> ids);

  abstract boolean existsBySiret(String siret);

  abstract Optional<Row> findFirstByKind(OrganisationKind kind);

  abstract List<Row> findByStatusAndKindNotEqualOrderByCreatedAt(
      OrganisationStatus status, OrganisationKind kind);

  abstract List<Row> findByInsertionProofReviewPendingOrderByCreatedAt(boolean pending);

  abstract Row save(Row row);

  /** Writes the fields an administrator edits on the profile; proofs only when given. */
  void updateProfile(
      UUID id,
      @Nullable String legalForm,
      @Nullable String description,
      @Nullable String contactEmail,
      @Nullable String contactPhone,
      @Nullable String purchasingDepartment,
      List<String> departmentsServed,
      @Nullable String insertionProofReference,
      @Nullable LocalDate insertionValidUntil,
      boolean proofBackToReview) {
    sql.update(
        "UPDATE organisation SET legal_form = ?, description = ?, contact_email = ?, contact_phone = ?,"
            + " purchasing_department = ?, departments_served = ?,"
            + " insertion_proof_reference = COALESCE(?, insertion_proof_reference),"
            + " insertion_valid_until = COALESCE(?, insertion_valid_until),"
            + " insertion_proof_review_pending = insertion_proof_review_pending OR ?"
            + " WHERE id = ?",
        legalForm,
        description,
        contactEmail,
        contactPhone,
        purchasingDepartment,
        departmentsServed,
        insertionProofReference,
        insertionValidUntil,
        proofBackToReview,
        id);
  }

  /** The operator has checked the supplier's insertion proof. */
  void markProofReviewed(UUID id) {
    sql.update(
        "UPDATE organisation SET insertion_proof_review_pending = false,"
            + " insertion_proof_reviewed_at = now() WHERE id = ?",
        id);
  }

  /** Sets the status; validating records who did it and counts as checking the proof. */
  void setStatus(UUID id, OrganisationStatus status, UUID by) {
    boolean validating = status == OrganisationStatus.ACTIVE;
    sql.update(
        "UPDATE organisation SET status = ?,"
            + " validated_at = CASE WHEN ? THEN now() ELSE validated_at END,"
            + " validated_by = CASE WHEN ? THEN ? ELSE validated_by END,"
            + " insertion_proof_review_pending = insertion_proof_review_pending AND NOT ?,"
            + " insertion_proof_reviewed_at = CASE WHEN ? AND kind = 'SUPPLIER' THEN now()"
            + " ELSE insertion_proof_reviewed_at END WHERE id = ?",
        status,
        validating,
        validating,
        by,
        validating,
        validating,
        id);
  }

  /**
   * The ids of one page of active suppliers by legal name (then id), whose name contains or SIRET
   * starts with {@code q} when given, with one of these insertion statuses when any are given.
   */
  List<UUID> activeSupplierIds(@Nullable String q, Set<InsertionStatus> among, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = activeSuppliers(q, among, params);
    params.add(size);
    params.add((long) page * size);
    return sql.list(
        "SELECT o.id FROM organisation o WHERE "
            + where
            + " ORDER BY o.legal_name, o.id LIMIT ? OFFSET ?",
        rs -> Sql.uuid(rs, "id"),
        params.toArray());
  }

  long countActiveSuppliers(@Nullable String q, Set<InsertionStatus> among) {
    List<Object> params = new ArrayList<>();
    String where = activeSuppliers(q, among, params);
    return sql.count("SELECT count(*) FROM organisation o WHERE " + where, params.toArray());
  }

  private static String activeSuppliers(
      @Nullable String q, Set<InsertionStatus> among, List<Object> params) {
    String where = "o.kind = 'SUPPLIER' AND o.status = 'ACTIVE'";
    if (q != null && !q.isBlank()) {
      where += " AND (o.legal_name ILIKE ? OR o.siret LIKE ?)";
      params.add("%" + q.strip() + "%");
      params.add(q.strip() + "%");
    }
    if (!among.isEmpty()) {
      where += " AND o.insertion_status = ANY(?)";
      params.add(among.stream().map(Enum::name).sorted().toList());
    }
    return where;
  }
}
