package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceComposition;
import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.invoicing.InvoiceViews;
import fr.boucle.invoicing.PaymentClock;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.NotFound;
import fr.boucle.shared.web.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads invoices as each side may see them (a supplier those it issued, a buyer those it received:
 * its admin all, requesters and approvers their services'), with the payment clock as of today.
 * Anything else is a 404.
 */
@Singleton
public class ReadInvoices {

  private final Invoices invoices;
  private final InvoicePayments payments;
  private final BuyerServices services;
  private final DocumentJson json;
  private final PaymentClock clock;

  ReadInvoices(
      Invoices invoices,
      InvoicePayments payments,
      BuyerServices services,
      DocumentJson json,
      EcbRateTable rates) {
    this.invoices = invoices;
    this.payments = payments;
    this.services = services;
    this.json = json;
    this.clock = rates.clock();
  }

  /** The list's filters, with today for the overdue one. */
  static Invoices.Filter filter(
      @Nullable List<InvoiceStatus> statuses,
      @Nullable InvoiceDocument.Kind kind,
      boolean overdue) {
    return new Invoices.Filter(statuses, kind, overdue, LocalDate.now(IssueInvoice.PARIS));
  }

  public Page<InvoiceViews.Invoice> list(
      CurrentUser user,
      @Nullable List<InvoiceStatus> statuses,
      @Nullable InvoiceDocument.Kind kind,
      boolean overdue,
      @Nullable Integer page,
      @Nullable Integer size,
      @Nullable String sort) {
    Invoices.Filter filter = filter(statuses, kind, overdue);
    int p = Page.clampPage(page);
    int s = Page.clampSize(size);
    long total = invoices.count(user, filter);
    List<Invoices.Listed> rows = invoices.page(user, filter, p, s, sort);
    return new Page<>(views(user, rows, false), p, s, total);
  }

  /** All the invoices through the filter (the export), by issue date then number. */
  List<Invoices.Listed> all(CurrentUser user, Invoices.Filter filter) {
    return invoices.page(user, filter, 0, 0, "issueDate,asc");
  }

  public InvoiceViews.Invoice get(CurrentUser user, UUID id) {
    Invoices.Listed row = visible(user, id);
    return views(user, List.of(row), true).get(0);
  }

  Invoices.Listed visible(CurrentUser user, UUID id) {
    return invoices.visible(user, id).orElseThrow(() -> new NotFound("Invoice"));
  }

  private List<InvoiceViews.Invoice> views(
      CurrentUser user, List<Invoices.Listed> rows, boolean detailed) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> serviceNames = new HashMap<>();
    services
        .withIds(rows.stream().map(r -> r.row().serviceId()).distinct().toList())
        .forEach(s -> serviceNames.put(s.id(), s.name()));
    Map<UUID, List<InvoiceViews.CreditNoteRef>> creditNotes = new HashMap<>();
    for (Invoices.Row c : invoices.creditNotesOf(ids(rows))) {
      creditNotes
          .computeIfAbsent(c.correctedInvoiceId(), k -> new ArrayList<>())
          .add(
              new InvoiceViews.CreditNoteRef(
                  c.id(), c.number(), c.issueDate(), c.totalInclVatCents()));
    }
    Map<UUID, List<InvoiceViews.Payment>> paid = new HashMap<>();
    if (detailed) {
      for (InvoicePayments.Row p : payments.ofInvoices(ids(rows))) {
        paid.computeIfAbsent(p.invoiceId(), k -> new ArrayList<>())
            .add(
                new InvoiceViews.Payment(
                    p.id(),
                    p.amountCents(),
                    p.receivedOn(),
                    p.method(),
                    p.reference(),
                    p.recordedBy()));
      }
    }
    LocalDate today = LocalDate.now(IssueInvoice.PARIS);
    List<InvoiceViews.Invoice> views = new ArrayList<>();
    for (Invoices.Listed l : rows) {
      Invoices.Row r = l.row();
      List<InvoiceViews.Line> lines = null;
      if (detailed) {
        int sign = r.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? -1 : 1;
        lines =
            json.read(invoices.documentJson(r.id()).orElseThrow()).lines().stream()
                .map(x ->
                    new InvoiceViews.Line(
                        x.number(),
                        x.description(),
                        x.sellerItemId(),
                        sign * x.quantity(),
                        x.unitPriceExclVatCents(),
                        x.vatRateBp(),
                        sign * x.lineExclVatCents()))
                .toList();
      }
      views.add(
          view(
              user,
              l,
              serviceNames.getOrDefault(r.serviceId(), ""),
              creditNotes.getOrDefault(r.id(), List.of()),
              detailed ? paid.getOrDefault(r.id(), List.of()) : null,
              lines,
              today));
    }
    return views;
  }

  private InvoiceViews.Invoice view(
      CurrentUser user,
      Invoices.Listed l,
      String serviceName,
      List<InvoiceViews.CreditNoteRef> creditNotes,
      @Nullable List<InvoiceViews.Payment> paid,
      @Nullable List<InvoiceViews.Line> lines,
      LocalDate today) {
    Invoices.Row r = l.row();
    boolean running = r.kind() == InvoiceDocument.Kind.INVOICE && r.status().payable();
    PaymentClock.State state = running ? clock.state(r.dueDate(), r.dueCents(), today) : null;
    boolean supplierSide =
        IssueInvoice.supplierPerson(user) && user.organisationId().equals(r.supplierId());
    return new InvoiceViews.Invoice(
        r.id(),
        r.kind(),
        r.number(),
        r.status(),
        r.issueDate(),
        r.dueDate(),
        state == null ? null : state.daysLeft(),
        state != null && state.overdue(),
        state == null ? 0 : state.interestCents(),
        state == null ? 0 : state.indemnityCents(),
        state == null ? null : state.ecbRatePercent(),
        state != null && state.rateMayBeOutdated(),
        new InvoiceViews.PartyRef(r.supplierId(), l.supplierName()),
        new InvoiceViews.PartyRef(r.buyerId(), l.buyerName()),
        serviceName,
        r.orderId(),
        l.orderNumber(),
        l.agreementReference(),
        l.lotLabel(),
        r.totalExclVatCents(),
        r.totalVatCents(),
        r.totalInclVatCents(),
        r.paidCents(),
        r.dueCents(),
        InvoiceComposition.vatMention(r.vatRegime()),
        r.correctedInvoiceId(),
        l.correctedNumber(),
        creditNotes,
        paid,
        lines,
        supplierSide && running,
        supplierSide
            && r.kind() == InvoiceDocument.Kind.INVOICE
            && r.status() == InvoiceStatus.ISSUED
            && r.paidCents() == 0,
        null);
  }

  private static List<UUID> ids(Collection<Invoices.Listed> rows) {
    return rows.stream().map(r -> r.row().id()).toList();
  }
}
