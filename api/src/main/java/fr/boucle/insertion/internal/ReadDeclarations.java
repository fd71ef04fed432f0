package fr.boucle.insertion.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.agreement.SupplierLots;
import fr.boucle.insertion.DeclarationStatus;
import fr.boucle.insertion.InsertionViews;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.Forbidden;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A supplier's declarations and the lots it may declare on; a declaration's evidence file. */
@Singleton
public class ReadDeclarations {

  private final Declarations declarations;
  private final SupplierLots lots;

  ReadDeclarations(Declarations declarations, SupplierLots lots) {
    this.declarations = declarations;
    this.lots = lots;
  }

  /** The lots with a social clause the supplier is awarded, with their periods. */
  public List<InsertionViews.DeclarableLot> declarableLots(CurrentUser user) {
    supplierOnly(user);
    return lots.awardedTo(user.organisationId()).stream()
        .filter(l -> l.insertionHoursTarget() != null)
        .map(l ->
            new InsertionViews.DeclarableLot(
                l.lotId(),
                l.agreementReference(),
                l.agreementTitle(),
                l.number(),
                l.title(),
                l.insertionHoursTarget(),
                l.periods().periods().stream()
                    .map(p -> new InsertionViews.Period(p.index(), p.startsOn(), p.endsOn()))
                    .toList()))
        .toList();
  }

  public Page<InsertionViews.DeclarationView> list(CurrentUser user, Integer page, Integer size) {
    supplierOnly(user);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    Map<UUID, AgreementLots.Lot> byId = lotsOf(user);
    List<InsertionViews.DeclarationView> items =
        declarations.ofSupplier(user.organisationId(), p, s).stream()
            .map(r -> view(r, byId.get(r.lotId())))
            .toList();
    return new Page<>(items, p, s, declarations.countOfSupplier(user.organisationId()));
  }

  InsertionViews.DeclarationView ofSupplier(CurrentUser user, UUID id) {
    Declarations.Row row =
        declarations
            .visibleTo(user.organisationId(), id)
            .orElseThrow(() -> new NotFound("Declaration"));
    return view(row, lotsOf(user).get(row.lotId()));
  }

  /** The evidence file, for the supplier that declared and the buyer's people; 404 for others. */
  public InsertionViews.Evidence evidence(CurrentUser user, UUID id) {
    boolean allowed =
        (user.isSupplier() && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF))
            || (user.isBuyer()
                && (user.hasRole(Role.BUYER_ADMIN)
                    || (user.isApiToken() && user.scopes().contains("spend:read"))));
    if (!allowed) {
      throw new Forbidden(ProblemCode.EVIDENCE_READERS_ONLY);
    }
    declarations
        .visibleTo(user.organisationId(), id)
        .orElseThrow(() -> new NotFound("Declaration"));
    return declarations.evidence(id).orElseThrow(() -> new NotFound("Declaration"));
  }

  private Map<UUID, AgreementLots.Lot> lotsOf(CurrentUser user) {
    return lots.awardedTo(user.organisationId()).stream()
        .collect(Collectors.toMap(AgreementLots.Lot::lotId, Function.identity()));
  }

  private static InsertionViews.DeclarationView view(Declarations.Row r, AgreementLots.Lot lot) {
    List<AgreementPeriods.Period> periods = lot.periods().periods();
    AgreementPeriods.Period period =
        r.periodIndex() < periods.size() ? periods.get(r.periodIndex()) : null;
    return new InsertionViews.DeclarationView(
        r.id(),
        r.lotId(),
        lot.agreementReference(),
        lot.number(),
        lot.title(),
        r.periodIndex(),
        period == null ? null : period.startsOn(),
        period == null ? null : period.endsOn(),
        r.hours(),
        r.comment(),
        DeclarationStatus.valueOf(r.status()),
        r.evidenceFileName(),
        r.declaredAt(),
        r.decidedAt(),
        r.rejectionReason());
  }

  private static void supplierOnly(CurrentUser user) {
    if (!user.isSupplier() || !user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF)) {
      throw new Forbidden(ProblemCode.DECLARATIONS_SUPPLIERS_ONLY);
    }
  }
}
