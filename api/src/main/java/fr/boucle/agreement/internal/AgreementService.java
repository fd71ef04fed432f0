package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementCommands;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.agreement.PriceTerms;
import fr.boucle.agreement.Procedure;
import fr.boucle.agreement.Reservation;
import fr.boucle.audit.AuditLog;
import fr.boucle.shared.jdbc.SortOrder;
import fr.boucle.shared.jdbc.Sql;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.security.TradingStanding;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemException;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Framework agreements as the buyer admin manages them and suppliers see them. A draft is replaced
 * whole; activation freezes it (its lot periods and caps are created then) and makes it orderable.
 */
@Singleton
public class AgreementService {

  /** Contracts launched from this day must carry an environmental clause on every lot. */
  public static final LocalDate ENVIRONMENTAL_CLAUSE_FROM = LocalDate.of(2026, 1, 1);

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Map<String, String> SORTS =
      Map.of(
          "reference", "a.reference",
          "title", "a.title",
          "startDate", "a.start_date",
          "endDate", "a.end_date",
          "status", "a.status");

  private final Sql sql;
  private final AuditLog audit;
  private final TradingStanding standing;

  AgreementService(Sql sql, AuditLog audit, TradingStanding standing) {
    this.sql = sql;
    this.audit = audit;
    this.standing = standing;
  }

  /** Agreement refused in its current status (e.g. editing an active one). */
  public static final class AgreementNotEditable extends ProblemException {
    AgreementNotEditable(String detail) {
      super(HttpStatus.CONFLICT, detail);
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  public Page<AgreementViews.AgreementSummary> list(
      CurrentUser user,
      @Nullable AgreementStatus status,
      @Nullable String q,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    if (status != null) {
      where += " AND a.status = ?";
      params.add(status.name());
    }
    if (q != null && !q.isBlank()) {
      where += " AND (a.reference ILIKE ? OR a.title ILIKE ?)";
      params.add("%" + q.strip() + "%");
      params.add("%" + q.strip() + "%");
    }
    long total =
        sql.count("SELECT count(*) FROM framework_agreement a WHERE " + where, params.toArray());
    String order = orderBy(sort);
    params.add(s);
    params.add((long) p * s);
    LocalDate today = LocalDate.now(PARIS);
    List<AgreementViews.AgreementSummary> items =
        sql.list(
            "SELECT a.*, b.legal_name AS buyer_name, b.siret AS buyer_siret,"
                + " (SELECT count(*) FROM agreement_lot l WHERE l.agreement_id = a.id"
                + lotVisibility(user)
                + ") AS lot_count"
                + " FROM framework_agreement a JOIN organisation b ON b.id = a.buyer_id WHERE "
                + where
                + " ORDER BY "
                + order
                + " LIMIT ? OFFSET ?",
            rs ->
                new AgreementViews.AgreementSummary(
                    Sql.uuid(rs, "id"),
                    rs.getString("reference"),
                    rs.getString("title"),
                    Procedure.valueOf(rs.getString("procedure")),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    AgreementStatus.valueOf(rs.getString("status")),
                    inForce(rs, today),
                    rs.getInt("lot_count"),
                    new AgreementViews.Party(
                        Sql.uuid(rs, "buyer_id"),
                        rs.getString("buyer_name"),
                        rs.getString("buyer_siret"),
                        null)),
            params.toArray());
    return new Page<>(items, p, s, total);
  }

  public AgreementViews.AgreementView get(CurrentUser user, UUID id) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    if (sql.count(
            "SELECT count(*) FROM framework_agreement a WHERE " + where + " AND a.id = ?",
            params.toArray())
        == 0) {
      throw new NotFound("Agreement");
    }
    return view(user, id);
  }

  private AgreementViews.AgreementView view(CurrentUser user, UUID id) {
    LocalDate today = LocalDate.now(PARIS);
    boolean supplier = isSupplier(user);
    List<AgreementViews.LotView> lots = lots(id, supplier ? user.organisationId() : null, today);
    return sql.one(
            "SELECT a.*, b.legal_name AS buyer_name, b.siret AS buyer_siret"
                + " FROM framework_agreement a JOIN organisation b ON b.id = a.buyer_id"
                + " WHERE a.id = ?",
            rs ->
                new AgreementViews.AgreementView(
                    Sql.uuid(rs, "id"),
                    rs.getString("reference"),
                    rs.getString("title"),
                    Procedure.valueOf(rs.getString("procedure")),
                    rs.getObject("launched_on", LocalDate.class),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("initial_end_date", LocalDate.class),
                    rs.getInt("renewal_count"),
                    rs.getInt("renewal_months"),
                    rs.getObject("end_date", LocalDate.class),
                    AgreementStatus.valueOf(rs.getString("status")),
                    inForce(rs, today),
                    !rs.getObject("launched_on", LocalDate.class)
                        .isBefore(ENVIRONMENTAL_CLAUSE_FROM),
                    new AgreementViews.Party(
                        Sql.uuid(rs, "buyer_id"),
                        rs.getString("buyer_name"),
                        rs.getString("buyer_siret"),
                        null),
                    lots,
                    Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at")),
            id)
        .orElseThrow(() -> new NotFound("Agreement"));
  }

  private List<AgreementViews.LotView> lots(
      UUID agreementId, @Nullable UUID onlySupplier, LocalDate today) {
    record Row(
        UUID id,
        int number,
        String title,
        Reservation reservation,
        List<String> categories,
        long min,
        long max,
        PriceTerms terms,
        Integer discount,
        Integer hours,
        String clause) {}
    List<Object> params = new ArrayList<>();
    params.add(agreementId);
    String supplierFilter = "";
    if (onlySupplier != null) {
      supplierFilter =
          " AND EXISTS (SELECT 1 FROM lot_supplier s WHERE s.lot_id = l.id AND s.supplier_id = ?)";
      params.add(onlySupplier);
    }
    List<Row> rows =
        sql.list(
            "SELECT l.*, ARRAY(SELECT category_id FROM lot_category c WHERE c.lot_id = l.id"
                + " ORDER BY category_id) AS categories FROM agreement_lot l"
                + " WHERE l.agreement_id = ?"
                + supplierFilter
                + " ORDER BY l.number",
            rs ->
                new Row(
                    Sql.uuid(rs, "id"),
                    rs.getInt("number"),
                    rs.getString("title"),
                    Reservation.valueOf(rs.getString("reservation")),
                    Sql.strings(rs, "categories"),
                    rs.getLong("minimum_excl_vat_cents"),
                    rs.getLong("maximum_excl_vat_cents"),
                    PriceTerms.valueOf(rs.getString("price_terms")),
                    (Integer) rs.getObject("discount_bp"),
                    (Integer) rs.getObject("insertion_hours_target"),
                    rs.getString("environmental_clause")),
            params.toArray());
    List<AgreementViews.LotView> lots = new ArrayList<>();
    for (Row r : rows) {
      List<Object> sp = new ArrayList<>(List.of(r.id()));
      String only = "";
      if (onlySupplier != null) {
        only = " AND o.id = ?";
        sp.add(onlySupplier);
      }
      List<AgreementViews.Party> suppliers =
          sql.list(
              "SELECT o.id, o.legal_name, o.siret, o.insertion_status FROM lot_supplier s"
                  + " JOIN organisation o ON o.id = s.supplier_id WHERE s.lot_id = ?"
                  + only
                  + " ORDER BY o.legal_name",
              rs ->
                  new AgreementViews.Party(
                      Sql.uuid(rs, "id"),
                      rs.getString("legal_name"),
                      rs.getString("siret"),
                      rs.getString("insertion_status")),
              sp.toArray());
      List<AgreementCommands.UnitPrice> prices =
          sql.list(
              "SELECT category_id, unit_price_excl_vat_cents FROM lot_unit_price WHERE lot_id = ?"
                  + " ORDER BY category_id",
              rs -> new AgreementCommands.UnitPrice(rs.getString(1), rs.getLong(2)),
              r.id());
      List<AgreementViews.PeriodView> periods =
          sql.list(
              "SELECT * FROM lot_period_balance WHERE lot_id = ? ORDER BY period_index",
              rs -> {
                long max = rs.getLong("maximum_excl_vat_cents");
                long committed = rs.getLong("committed_excl_vat_cents");
                long invoiced = rs.getLong("invoiced_excl_vat_cents");
                LocalDate from = rs.getObject("starts_on", LocalDate.class);
                LocalDate to = rs.getObject("ends_on", LocalDate.class);
                return new AgreementViews.PeriodView(
                    rs.getInt("period_index"),
                    from,
                    to,
                    max,
                    committed,
                    invoiced,
                    max - committed - invoiced,
                    !today.isBefore(from) && !today.isAfter(to));
              },
              r.id());
      lots.add(
          new AgreementViews.LotView(
              r.id(),
              r.number(),
              r.title(),
              r.reservation(),
              r.categories(),
              suppliers,
              r.min(),
              r.max(),
              r.terms(),
              r.discount(),
              prices,
              r.hours(),
              r.clause(),
              periods));
    }
    return lots;
  }

  /** Active supplier organisations a lot may be awarded to, for the admin's picker. */
  public Page<AgreementViews.Party> eligibleSuppliers(
      CurrentUser user,
      @Nullable Reservation reservation,
      @Nullable String q,
      @Nullable Integer page,
      @Nullable Integer size) {
    requireBuyerAdmin(user);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    List<Object> params = new ArrayList<>();
    String where = "o.kind = 'SUPPLIER' AND o.status = 'ACTIVE'";
    if (q != null && !q.isBlank()) {
      where += " AND (o.legal_name ILIKE ? OR o.siret LIKE ?)";
      params.add("%" + q.strip() + "%");
      params.add(q.strip() + "%");
    }
    if (reservation != null && reservation != Reservation.NONE) {
      where +=
          reservation == Reservation.SIAE
              ? " AND o.insertion_status LIKE 'SIAE_%'"
              : " AND o.insertion_status IN ('EA', 'ESAT')";
    }
    long total = sql.count("SELECT count(*) FROM organisation o WHERE " + where, params.toArray());
    params.add(s);
    params.add((long) p * s);
    List<AgreementViews.Party> items =
        sql.list(
            "SELECT o.id, o.legal_name, o.siret, o.insertion_status FROM organisation o WHERE "
                + where
                + " ORDER BY o.legal_name, o.id LIMIT ? OFFSET ?",
            rs ->
                new AgreementViews.Party(
                    Sql.uuid(rs, "id"),
                    rs.getString("legal_name"),
                    rs.getString("siret"),
                    rs.getString("insertion_status")),
            params.toArray());
    return new Page<>(items, p, s, total);
  }

  // ---- writing -----------------------------------------------------------------------------

  @Transactional
  public AgreementViews.AgreementView create(CurrentUser user, AgreementCommands.SaveAgreement c) {
    requireBuyerAdmin(user);
    validate(user.organisationId(), null, c);
    UUID id = UUID.randomUUID();
    AgreementPeriods periods = periods(c);
    sql.update(
        "INSERT INTO framework_agreement (id, buyer_id, reference, title, procedure, launched_on,"
            + " start_date, initial_end_date, renewal_count, renewal_months, end_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        user.organisationId(),
        c.reference().strip(),
        c.title().strip(),
        c.procedure(),
        c.launchedOn(),
        c.startDate(),
        c.initialEndDate(),
        periods.renewalCount(),
        periods.renewalMonths(),
        periods.endDate());
    insertLots(id, c.lots());
    audit.record(
        user,
        user.organisationId(),
        "agreement.created",
        "agreement",
        id,
        Map.of("reference", c.reference()));
    return view(user, id);
  }

  @Transactional
  public AgreementViews.AgreementView replace(
      CurrentUser user, UUID id, AgreementCommands.SaveAgreement c) {
    AgreementStatus status = lockOwn(user, id);
    if (status != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(
          "Only a draft agreement can be edited; this one is " + status + ".");
    }
    validate(user.organisationId(), id, c);
    AgreementPeriods periods = periods(c);
    sql.update(
        "UPDATE framework_agreement SET reference = ?, title = ?, procedure = ?, launched_on = ?,"
            + " start_date = ?, initial_end_date = ?, renewal_count = ?, renewal_months = ?,"
            + " end_date = ?, updated_at = now() WHERE id = ?",
        c.reference().strip(),
        c.title().strip(),
        c.procedure(),
        c.launchedOn(),
        c.startDate(),
        c.initialEndDate(),
        periods.renewalCount(),
        periods.renewalMonths(),
        periods.endDate(),
        id);
    sql.update("DELETE FROM agreement_lot WHERE agreement_id = ?", id);
    insertLots(id, c.lots());
    audit.record(user, user.organisationId(), "agreement.updated", "agreement", id, Map.of());
    return view(user, id);
  }

  @Transactional
  public void delete(CurrentUser user, UUID id) {
    AgreementStatus status = lockOwn(user, id);
    if (status != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(
          "Only a draft agreement can be deleted; terminate an active one instead.");
    }
    sql.update("DELETE FROM framework_agreement WHERE id = ?", id);
    audit.record(user, user.organisationId(), "agreement.deleted", "agreement", id, Map.of());
  }

  /** DRAFT → ACTIVE: creates each lot's periods with their maximum. */
  @Transactional
  public AgreementViews.AgreementView activate(CurrentUser user, UUID id) {
    AgreementStatus status = lockOwn(user, id);
    standing.requireTrading(user.organisationId(), "activate a framework agreement");
    if (status != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(
          "Only a draft agreement can be activated; this one is " + status + ".");
    }
    AgreementPeriods periods =
        sql.one(
                "SELECT start_date, initial_end_date, renewal_count, renewal_months"
                    + " FROM framework_agreement WHERE id = ?",
                rs ->
                    new AgreementPeriods(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getInt(3),
                        rs.getInt(4)),
                id)
            .orElseThrow();
    List<Object[]> lots =
        sql.list(
            "SELECT id, maximum_excl_vat_cents FROM agreement_lot WHERE agreement_id = ?",
            rs -> new Object[] {Sql.uuid(rs, "id"), rs.getLong(2)},
            id);
    for (Object[] lot : lots) {
      for (AgreementPeriods.Period period : periods.periods()) {
        sql.update(
            "INSERT INTO lot_period (lot_id, period_index, starts_on, ends_on,"
                + " maximum_excl_vat_cents) VALUES (?, ?, ?, ?, ?)",
            lot[0],
            period.index(),
            period.startsOn(),
            period.endsOn(),
            lot[1]);
      }
    }
    sql.update(
        "UPDATE framework_agreement SET status = 'ACTIVE', updated_at = now() WHERE id = ?", id);
    audit.record(user, user.organisationId(), "agreement.activated", "agreement", id, Map.of());
    return view(user, id);
  }

  /** ACTIVE → TERMINATED: no new orders; orders already placed go on. */
  @Transactional
  public AgreementViews.AgreementView terminate(CurrentUser user, UUID id) {
    AgreementStatus status = lockOwn(user, id);
    if (status != AgreementStatus.ACTIVE) {
      throw new AgreementNotEditable(
          "Only an active agreement can be terminated; this one is " + status + ".");
    }
    sql.update(
        "UPDATE framework_agreement SET status = 'TERMINATED', updated_at = now() WHERE id = ?",
        id);
    audit.record(user, user.organisationId(), "agreement.terminated", "agreement", id, Map.of());
    return view(user, id);
  }

  // ---- rules -------------------------------------------------------------------------------

  private static AgreementPeriods periods(AgreementCommands.SaveAgreement c) {
    int count = c.renewalCount() == null ? 0 : c.renewalCount();
    int months = c.renewalMonths() == null ? 12 : c.renewalMonths();
    return new AgreementPeriods(c.startDate(), c.initialEndDate(), count, months);
  }

  private void validate(UUID buyerId, @Nullable UUID self, AgreementCommands.SaveAgreement c) {
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    if (sql.count(
            "SELECT count(*) FROM framework_agreement WHERE buyer_id = ? AND reference = ?"
                + " AND id IS DISTINCT FROM ?",
            buyerId,
            c.reference().strip(),
            self)
        > 0) {
      errors.add("reference", "is already used by another of your agreements");
    }
    if (c.initialEndDate().isBefore(c.startDate())) {
      errors.add("initialEndDate", "must not be before the start date");
    } else if (!periods(c).withinMaximumDuration()) {
      errors.add(
          "renewalCount",
          "the agreement, renewals included, must last at most "
              + AgreementPeriods.MAX_YEARS
              + " years (it would end on "
              + periods(c).endDate()
              + ")");
    }
    if (c.launchedOn().isAfter(c.startDate())) {
      errors.add("launchedOn", "must not be after the start date");
    }
    boolean clauseRequired = !c.launchedOn().isBefore(ENVIRONMENTAL_CLAUSE_FROM);
    Set<String> categories =
        new HashSet<>(sql.list("SELECT id FROM category", rs -> rs.getString(1)));
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < c.lots().size(); i++) {
      AgreementCommands.SaveLot lot = c.lots().get(i);
      String at = "lots[" + i + "].";
      if (!numbers.add(lot.number())) {
        errors.add(at + "number", "is used by another lot");
      }
      if (lot.minimumExclVatCents() > lot.maximumExclVatCents()) {
        errors.add(at + "minimumExclVatCents", "must not exceed the maximum");
      }
      for (int k = 0; k < lot.categoryIds().size(); k++) {
        if (!categories.contains(lot.categoryIds().get(k))) {
          errors.add(at + "categoryIds[" + k + "]", "is not a category of the taxonomy");
        }
      }
      if (lot.priceTerms() == PriceTerms.CATALOGUE_DISCOUNT && lot.discountBasisPoints() == null) {
        errors.add(at + "discountBasisPoints", "is required with catalogue-discount price terms");
      }
      if (lot.priceTerms() == PriceTerms.UNIT_PRICE_SCHEDULE) {
        if (lot.unitPrices() == null || lot.unitPrices().isEmpty()) {
          errors.add(at + "unitPrices", "is required with unit-price-schedule price terms");
        } else {
          Set<String> seen = new HashSet<>();
          for (int k = 0; k < lot.unitPrices().size(); k++) {
            String category = lot.unitPrices().get(k).categoryId();
            if (!categories.contains(category)) {
              errors.add(
                  at + "unitPrices[" + k + "].categoryId", "is not a category of the taxonomy");
            } else if (!seen.add(category)) {
              errors.add(at + "unitPrices[" + k + "].categoryId", "is priced twice");
            } else if (!inScope(category, lot.categoryIds())) {
              errors.add(at + "unitPrices[" + k + "].categoryId", "is outside the lot's scope");
            }
          }
        }
      }
      if (clauseRequired
          && (lot.environmentalClause() == null || lot.environmentalClause().isBlank())) {
        errors.add(
            at + "environmentalClause",
            "is required for contracts launched from " + ENVIRONMENTAL_CLAUSE_FROM);
      }
      Map<UUID, String[]> suppliers = new HashMap<>();
      sql.list(
          "SELECT id, kind, status, insertion_status FROM organisation WHERE id = ANY(?)",
          rs ->
              suppliers.put(
                  Sql.uuid(rs, "id"),
                  new String[] {
                    rs.getString("kind"), rs.getString("status"), rs.getString("insertion_status")
                  }),
          lot.supplierIds());
      Set<UUID> seenSuppliers = new HashSet<>();
      for (int k = 0; k < lot.supplierIds().size(); k++) {
        UUID supplierId = lot.supplierIds().get(k);
        String[] s = suppliers.get(supplierId);
        String field = at + "supplierIds[" + k + "]";
        if (s == null || !s[0].equals("SUPPLIER") || !s[1].equals("ACTIVE")) {
          errors.add(field, "is not an active supplier");
        } else if (!seenSuppliers.add(supplierId)) {
          errors.add(field, "is awarded twice");
        } else if (!lot.reservation().admits(s[2])) {
          errors.add(
              field,
              "cannot be awarded a lot reserved to "
                  + lot.reservation()
                  + " (insertion status "
                  + s[2]
                  + ")");
        }
      }
    }
    errors.throwIfAny();
  }

  /** Whether a category is one of the scope categories or below one of them. */
  private boolean inScope(String category, List<String> scope) {
    return sql.count(
            "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM category WHERE id = ?"
                + " UNION ALL SELECT c.id, c.parent_id FROM category c JOIN up ON c.id = up.parent_id)"
                + " SELECT count(*) FROM up WHERE id = ANY(?)",
            category,
            scope)
        > 0;
  }

  private void insertLots(UUID agreementId, List<AgreementCommands.SaveLot> lots) {
    for (AgreementCommands.SaveLot lot : lots) {
      UUID lotId = UUID.randomUUID();
      sql.update(
          "INSERT INTO agreement_lot (id, agreement_id, number, title, reservation,"
              + " minimum_excl_vat_cents, maximum_excl_vat_cents, price_terms, discount_bp,"
              + " insertion_hours_target, environmental_clause)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          lotId,
          agreementId,
          lot.number(),
          lot.title().strip(),
          lot.reservation(),
          lot.minimumExclVatCents(),
          lot.maximumExclVatCents(),
          lot.priceTerms(),
          lot.priceTerms() == PriceTerms.CATALOGUE_DISCOUNT ? lot.discountBasisPoints() : null,
          lot.insertionHoursTarget(),
          lot.environmentalClause() == null || lot.environmentalClause().isBlank()
              ? null
              : lot.environmentalClause().strip());
      for (String category : new LinkedHashSet<>(lot.categoryIds())) {
        sql.update("INSERT INTO lot_category (lot_id, category_id) VALUES (?, ?)", lotId, category);
      }
      for (UUID supplier : lot.supplierIds()) {
        sql.update("INSERT INTO lot_supplier (lot_id, supplier_id) VALUES (?, ?)", lotId, supplier);
      }
      if (lot.priceTerms() == PriceTerms.UNIT_PRICE_SCHEDULE && lot.unitPrices() != null) {
        for (AgreementCommands.UnitPrice price : lot.unitPrices()) {
          sql.update(
              "INSERT INTO lot_unit_price (lot_id, category_id, unit_price_excl_vat_cents)"
                  + " VALUES (?, ?, ?)",
              lotId,
              price.categoryId(),
              price.unitPriceExclVatCents());
        }
      }
    }
  }

  // ---- access ------------------------------------------------------------------------------

  private static boolean isSupplier(CurrentUser user) {
    return user.isSupplier();
  }

  private static void requireBuyerAdmin(CurrentUser user) {
    if (!user.isBuyer() || !user.hasRole(Role.BUYER_ADMIN)) {
      throw new Forbidden("Only a buyer administrator manages framework agreements.");
    }
  }

  /**
   * Locks one of the caller's agreements; 404 when it is not visible, 403 when not theirs to edit.
   */
  private AgreementStatus lockOwn(CurrentUser user, UUID id) {
    List<Object> params = new ArrayList<>();
    String where = visibility(user, params);
    params.add(id);
    AgreementStatus status =
        sql.one(
                "SELECT a.status FROM framework_agreement a WHERE "
                    + where
                    + " AND a.id = ? FOR UPDATE",
                rs -> AgreementStatus.valueOf(rs.getString(1)),
                params.toArray())
            .orElseThrow(() -> new NotFound("Agreement"));
    requireBuyerAdmin(user);
    return status;
  }

  /**
   * The agreements a caller may see: the buyer's own (drafts for admins only), a supplier's
   * awarded.
   */
  private static String visibility(CurrentUser user, List<Object> params) {
    if (isSupplier(user)
        && !user.isApiToken()
        && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      params.add(user.organisationId());
      return "a.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM agreement_lot l JOIN lot_supplier s"
          + " ON s.lot_id = l.id WHERE l.agreement_id = a.id AND s.supplier_id = ?)";
    }
    if (user.isBuyer() && !user.isApiToken()) {
      params.add(user.organisationId());
      return user.hasRole(Role.BUYER_ADMIN)
          ? "a.buyer_id = ?"
          : "a.buyer_id = ? AND a.status <> 'DRAFT'";
    }
    return "false";
  }

  private static String lotVisibility(CurrentUser user) {
    if (isSupplier(user)) {
      return " AND EXISTS (SELECT 1 FROM lot_supplier s WHERE s.lot_id = l.id AND s.supplier_id = '"
          + user.organisationId()
          + "')";
    }
    return "";
  }

  private static String orderBy(@Nullable String sort) {
    return SortOrder.of(sort, SORTS, "a.start_date DESC, a.reference", "a.id");
  }

  private static boolean inForce(ResultSet rs, LocalDate today) throws SQLException {
    return "ACTIVE".equals(rs.getString("status"))
        && !today.isBefore(rs.getObject("start_date", LocalDate.class))
        && !today.isAfter(rs.getObject("end_date", LocalDate.class));
  }
}
