package fr.boucle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The demo history's orders as plain data, before they are written. */
final class DemoOrders {

  private DemoOrders() {}

  record Candidate(DemoDataGenerator.Listing listing, List<String> ancestry) {}

  record Agent(UUID id, String email) {}

  record Line(Candidate candidate, int quantity, long unitCents, long exclCents, long vat) {}

  record Event(String from, String to, Agent actor, String comment, Instant at) {}

  record Movement(
      UUID listingId, String kind, int quantity, String actor, String reason, Instant at) {}

  static final class Order {
    final UUID id;
    final DemoAgreements.Lot lot;
    final int period;
    final DemoDataGenerator.Site service;
    final DemoDataGenerator.Organisation supplier;
    final Agent requester;
    final List<Line> lines;
    final long excl;
    final long vat;
    final boolean requiresApproval;
    final Instant submittedAt;
    final LocalDate deliveryDate;
    final String note;
    final List<Event> events = new ArrayList<>();
    String status;
    String number;
    String invoiceReference;
    Instant approvedAt;
    Instant invoicedAt;
    Instant releasedAt;

    Order(
        UUID id,
        DemoAgreements.Lot lot,
        int period,
        DemoDataGenerator.Site service,
        DemoDataGenerator.Organisation supplier,
        Agent requester,
        List<Line> lines,
        boolean requiresApproval,
        Instant submittedAt,
        LocalDate deliveryDate,
        String note) {
      this.id = id;
      this.lot = lot;
      this.period = period;
      this.service = service;
      this.supplier = supplier;
      this.requester = requester;
      this.lines = lines;
      this.excl = lines.stream().mapToLong(Line::exclCents).sum();
      this.vat = lines.stream().mapToLong(Line::vat).sum();
      this.requiresApproval = requiresApproval;
      this.submittedAt = submittedAt;
      this.deliveryDate = deliveryDate;
      this.note = note;
    }

    boolean releases() {
      return "REJECTED".equals(status)
          || "REFUSED".equals(status)
          || "CANCELLED".equals(status)
          || "EXPIRED".equals(status);
    }

    boolean invoiced() {
      return "INVOICED".equals(status) || "PAID".equals(status);
    }

    boolean delivered() {
      return invoiced() || "DELIVERED".equals(status);
    }

    Instant lastEventAt() {
      return events.getLast().at();
    }
  }
}
