package fr.boucle.invoicing.internal;

import fr.boucle.audit.AuditLog;
import fr.boucle.invoicing.BillingProfile;
import fr.boucle.invoicing.InvoiceComposition;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceIssued;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.invoicing.PaymentClock;
import fr.boucle.ordering.OrderBilling;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.organisation.TradingPartners;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import fr.boucle.shared.web.NotFound;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the invoice of a delivered order: the supplier's next number of the year, taken under the
 * counter's row lock in this transaction (gapless and chronological, also under concurrency), the
 * document composed from the order and the billing profile and frozen, the order moved to INVOICED,
 * the event published and the issue audited, all or nothing. The Factur-X PDF is rendered from the
 * frozen document right after the commit ({@link InvoiceFiles#keepRendered}): rendering under the
 * counter's lock would queue every issue of the supplier behind each PDF.
 */
@Singleton
public class IssueInvoice {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final OrderBilling billing;
  private final BillingProfiles profiles;
  private final TradingPartners partners;
  private final Invoices invoices;
  private final DocumentJson json;
  private final ApplicationEventPublisher<InvoiceIssued> published;
  private final AuditLog audit;

  IssueInvoice(
      OrderBilling billing,
      BillingProfiles profiles,
      TradingPartners partners,
      Invoices invoices,
      DocumentJson json,
      ApplicationEventPublisher<InvoiceIssued> published,
      AuditLog audit) {
    this.billing = billing;
    this.profiles = profiles;
    this.partners = partners;
    this.invoices = invoices;
    this.json = json;
    this.published = published;
    this.audit = audit;
  }

  /** Whether the user acts for a supplier in person (tokens never issue). */
  static boolean supplierPerson(CurrentUser user) {
    return user.isSupplier()
        && !user.isApiToken()
        && user.hasAnyRole(Role.SUPPLIER_ADMIN, Role.SUPPLIER_STAFF);
  }

  @Transactional
  public UUID issue(CurrentUser user, UUID orderId, @Nullable String comment) {
    if (!supplierPerson(user)) {
      throw new NotFound("Order");
    }
    UUID supplierId = user.organisationId();
    OrderBilling.Billable order =
        billing.lockForBilling(supplierId, orderId).orElseThrow(() -> new NotFound("Order"));
    if (order.status() != OrderStatus.DELIVERED) {
      throw new InvoiceProblems.OrderNotDelivered(order.status().name());
    }
    BillingProfile profile =
        profiles
            .findById(supplierId)
            .map(BillingProfiles.Row::profile)
            .orElseThrow(
                () -> new InvoiceProblems.BillingProfileIncomplete(BillingProfile.allFields()));
    List<String> missing = profile.missing();
    if (!missing.isEmpty()) {
      throw new InvoiceProblems.BillingProfileIncomplete(missing);
    }
    Map<UUID, TradingPartners.Partner> parties =
        partners.withIds(List.of(supplierId, order.buyerId()));
    TradingPartners.Partner seller = parties.get(supplierId);
    TradingPartners.Partner buyer = parties.get(order.buyerId());
    int delay = PaymentClock.legalDelayDays(partners.publicBodyType(order.buyerId()).orElse(null));

    LocalDate today = LocalDate.now(PARIS);
    int seq = invoices.nextNumber(supplierId, today.getYear(), "FA");
    String number = String.format("FA-%d-%06d", today.getYear(), seq);
    UUID id = UUID.randomUUID();
    InvoiceDocument document =
        InvoiceComposition.invoice(
            id,
            number,
            today,
            delay,
            order,
            new InvoiceComposition.Seller(seller.legalName(), seller.siret(), profile),
            new InvoiceComposition.Buyer(buyer.legalName(), buyer.siret()));
    invoices.insert(
        new Invoices.Row(
            id,
            InvoiceDocument.Kind.INVOICE,
            number,
            today.getYear(),
            seq,
            supplierId,
            order.buyerId(),
            order.serviceId(),
            orderId,
            null,
            today,
            document.dueDate(),
            delay,
            InvoiceStatus.ISSUED,
            document.totalExclVatCents(),
            document.totalVatCents(),
            document.totalInclVatCents(),
            0,
            profile.vatRegime(),
            null,
            user.label(),
            user.personId(),
            Instant.now()),
        json.write(document),
        null);
    invoices.insertLines(id, document.lines(), 1);
    billing.invoiced(
        orderId,
        number,
        new OrderBilling.Actor(user.personId(), user.label()),
        comment == null || comment.isBlank() ? null : comment.strip());
    published.publishEvent(
        new InvoiceIssued(id, supplierId, order.buyerId(), InvoiceDocument.Kind.INVOICE));
    audit.record(
        user,
        supplierId,
        "invoice.issued",
        "invoice",
        id,
        Map.of(
            "number", number,
            "orderId", orderId.toString(),
            "totalInclVatCents", document.totalInclVatCents()));
    return id;
  }
}
