package fr.boucle.agreement.internal;

import fr.boucle.agreement.AgreementCommands;
import fr.boucle.agreement.AgreementDraft;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.AgreementStatus;
import fr.boucle.agreement.AgreementViews;
import fr.boucle.agreement.PriceTerms;
import fr.boucle.audit.AuditLog;
import fr.boucle.listing.Categories;
import fr.boucle.listing.Category;
import fr.boucle.organisation.OrganisationDirectory;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates a draft framework agreement, replaces it whole while it is a draft, or deletes it. The
 * buyer administrator's drafts only; the rules are {@link AgreementDraft}'s.
 */
@Singleton
public class EditAgreement {

  private final Agreements agreements;
  private final Lots lots;
  private final LotCategories categories;
  private final LotSuppliers suppliers;
  private final LotUnitPrices prices;
  private final AgreementAccess access;
  private final ViewAgreement views;
  private final Categories taxonomy;
  private final OrganisationDirectory directory;
  private final AuditLog audit;

  EditAgreement(
      Agreements agreements,
      Lots lots,
      LotCategories categories,
      LotSuppliers suppliers,
      LotUnitPrices prices,
      AgreementAccess access,
      ViewAgreement views,
      Categories taxonomy,
      OrganisationDirectory directory,
      AuditLog audit) {
    this.agreements = agreements;
    this.lots = lots;
    this.categories = categories;
    this.suppliers = suppliers;
    this.prices = prices;
    this.access = access;
    this.views = views;
    this.taxonomy = taxonomy;
    this.directory = directory;
    this.audit = audit;
  }

  @Transactional
  public AgreementViews.AgreementView create(CurrentUser user, AgreementCommands.SaveAgreement c) {
    AgreementAccess.requireBuyerAdmin(user);
    validate(user.organisationId(), null, c);
    Agreements.Row saved =
        agreements.save(row(UUID.randomUUID(), user.organisationId(), AgreementStatus.DRAFT, c));
    insertLots(saved.id(), c.lots());
    audit.record(
        user,
        user.organisationId(),
        "agreement.created",
        "agreement",
        saved.id(),
        Map.of("reference", c.reference()));
    return views.view(user, saved);
  }

  @Transactional
  public AgreementViews.AgreementView replace(
      CurrentUser user, UUID id, AgreementCommands.SaveAgreement c) {
    Agreements.Row before = access.lockOwn(user, id);
    if (before.status() != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(
          Message.of(ProblemCode.AGREEMENT_EDIT_DRAFT_ONLY, "status", before.status()));
    }
    validate(user.organisationId(), id, c);
    Agreements.Row replaced =
        new Agreements.Row(
            id,
            before.buyerId(),
            c.reference().strip(),
            c.title().strip(),
            c.procedure(),
            c.launchedOn(),
            c.startDate(),
            c.initialEndDate(),
            AgreementDraft.periods(c).renewalCount(),
            AgreementDraft.periods(c).renewalMonths(),
            AgreementDraft.periods(c).endDate(),
            before.status(),
            before.createdAt(),
            before.updatedAt());
    Agreements.Row saved = agreements.update(replaced);
    lots.deleteByAgreementId(id);
    insertLots(id, c.lots());
    audit.record(user, user.organisationId(), "agreement.updated", "agreement", id, Map.of());
    return views.view(user, saved);
  }

  @Transactional
  public void delete(CurrentUser user, UUID id) {
    Agreements.Row before = access.lockOwn(user, id);
    if (before.status() != AgreementStatus.DRAFT) {
      throw new AgreementNotEditable(Message.of(ProblemCode.AGREEMENT_DELETE_DRAFT_ONLY));
    }
    agreements.deleteById(id);
    audit.record(user, user.organisationId(), "agreement.deleted", "agreement", id, Map.of());
  }

  private static Agreements.Row row(
      UUID id, UUID buyerId, AgreementStatus status, AgreementCommands.SaveAgreement c) {
    AgreementPeriods periods = AgreementDraft.periods(c);
    return new Agreements.Row(
        id,
        buyerId,
        c.reference().strip(),
        c.title().strip(),
        c.procedure(),
        c.launchedOn(),
        c.startDate(),
        c.initialEndDate(),
        periods.renewalCount(),
        periods.renewalMonths(),
        periods.endDate(),
        status,
        null,
        null);
  }

  private void validate(UUID buyerId, @Nullable UUID self, AgreementCommands.SaveAgreement c) {
    boolean referenceTaken =
        agreements
            .findByBuyerIdAndReference(buyerId, c.reference().strip())
            .filter(other -> !other.id().equals(self))
            .isPresent();
    Set<UUID> named =
        c.lots().stream().flatMap(l -> l.supplierIds().stream()).collect(Collectors.toSet());
    Map<UUID, AgreementDraft.Candidate> candidates = new HashMap<>();
    for (OrganisationDirectory.Entry e : directory.withIds(named)) {
      candidates.put(
          e.id(),
          new AgreementDraft.Candidate(
              e.isActiveSupplier(),
              e.insertionStatus() == null ? null : e.insertionStatus().name()));
    }
    ValidationFailed.Collector errors = new ValidationFailed.Collector();
    for (AgreementDraft.Problem problem :
        AgreementDraft.problems(c, referenceTaken, taxonomy(), candidates)) {
      errors.add(problem.field(), problem.message());
    }
    errors.throwIfAny();
  }

  private AgreementDraft.Taxonomy taxonomy() {
    List<Category> all = taxonomy.findAllOrderByPosition();
    Map<String, String> parentOf = new HashMap<>();
    for (Category category : all) {
      if (category.parentId() != null) {
        parentOf.put(category.id(), category.parentId());
      }
    }
    return new AgreementDraft.Taxonomy(
        all.stream().map(Category::id).collect(Collectors.toSet()), parentOf);
  }

  private void insertLots(UUID agreementId, List<AgreementCommands.SaveLot> commands) {
    List<Lots.Row> lotRows = new ArrayList<>();
    List<LotCategories.Row> scope = new ArrayList<>();
    List<LotSuppliers.Row> awarded = new ArrayList<>();
    List<LotUnitPrices.Row> schedule = new ArrayList<>();
    for (AgreementCommands.SaveLot lot : commands) {
      UUID lotId = UUID.randomUUID();
      lotRows.add(
          new Lots.Row(
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
                  : lot.environmentalClause().strip(),
              lot.platformCommissionBp() == null ? 0 : lot.platformCommissionBp()));
      for (String category : new LinkedHashSet<>(lot.categoryIds())) {
        scope.add(LotCategories.Row.of(lotId, category));
      }
      for (UUID supplier : lot.supplierIds()) {
        awarded.add(LotSuppliers.Row.of(lotId, supplier));
      }
      if (lot.priceTerms() == PriceTerms.UNIT_PRICE_SCHEDULE && lot.unitPrices() != null) {
        for (AgreementCommands.UnitPrice price : lot.unitPrices()) {
          schedule.add(
              LotUnitPrices.Row.of(lotId, price.categoryId(), price.unitPriceExclVatCents()));
        }
      }
    }
    lots.saveAll(lotRows);
    categories.saveAll(scope);
    suppliers.saveAll(awarded);
    if (!schedule.isEmpty()) {
      prices.saveAll(schedule);
    }
  }
}
