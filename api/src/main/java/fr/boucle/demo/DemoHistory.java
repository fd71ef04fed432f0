package fr.boucle.demo;

import static fr.boucle.demo.DemoPhrases.*;

import fr.boucle.agreement.AgreementPeriods;
import fr.boucle.demo.DemoOrders.Agent;
import fr.boucle.demo.DemoOrders.Candidate;
import fr.boucle.demo.DemoOrders.Event;
import fr.boucle.demo.DemoOrders.Line;
import fr.boucle.demo.DemoOrders.Order;
import fr.boucle.listing.ListingStatus;
import fr.boucle.shared.Vat;
import io.micronaut.json.JsonMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Two years of orders for the demo buyers, generated from the seed: orders in every status, spread
 * over services, lots, suppliers and months. Each order is written with every row the ordering area
 * writes over the same life (its events, stock movements, spend entries, its amount on the lot
 * period's cap and its gapless number), so the ledgers agree to the cent: lot periods = spend
 * ledger = order totals, and each listing's stock = the sum of its movements.
 */
final class DemoHistory {

  /** What the history wrote. */
  record Summary(int orders, LocalDate from, LocalDate to) {}

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** How an order's life ends, if the present does not stop it first. */
  private enum Fate {
    PAID,
    UNPAID,
    REJECTED,
    CANCELLED,
    REFUSED
  }

  /** The default approval expiry (boucle.orders.approval-expiry). */
  private static final Duration APPROVAL_EXPIRY = Duration.ofDays(30);

  private final Connection c;
  private final DemoDataGenerator generator;
  private final List<DemoAgreements.Lot> lots;
  private final Map<String, UUID> accounts;
  private final SplittableRandom random;
  private final Instant now;
  private final Map<String, String> parents = new HashMap<>();
  private final Map<UUID, List<Candidate>> candidatesBySupplier = new HashMap<>();
  private final Map<UUID, Agent> admins = new HashMap<>();
  private final Map<UUID, Agent> requesters = new HashMap<>();
  private final Map<UUID, Agent> approvers = new HashMap<>();
  private final Map<UUID, Agent> supplierStaff = new HashMap<>();
  private final Map<String, Long> capUsed = new HashMap<>();
  private final Set<String> emails = new HashSet<>();
  private final JsonMapper json;

  private DemoHistory(
      Connection c,
      DemoDataGenerator generator,
      List<DemoAgreements.Lot> lots,
      Map<String, UUID> accounts,
      long seed,
      Instant now,
      JsonMapper json) {
    this.json = json;
    this.c = c;
    this.generator = generator;
    this.lots = lots;
    this.accounts = accounts;
    this.random = new SplittableRandom(seed ^ 0x4849_5354_4f52_59L);
    this.now = now;
  }

  /**
   * Writes the history of orders up to {@code now} over the agreements' first two periods, for
   * listings among the first {@code listingCount} of the generator.
   */
  static Summary create(
      Connection c,
      DemoDataGenerator generator,
      int listingCount,
      List<DemoAgreements.Lot> lots,
      Map<String, UUID> accounts,
      long seed,
      Instant now,
      JsonMapper json)
      throws SQLException {
    DemoHistory history = new DemoHistory(c, generator, lots, accounts, seed, now, json);
    return history.write(listingCount);
  }

  private Summary write(int listingCount) throws SQLException {
    readCategories();
    generator
        .listings(listingCount)
        .filter(l -> l.kind().equals("LOT") && l.status().equals(ListingStatus.PUBLISHED.name()))
        .filter(l -> l.openingQuantity() >= l.minimumOrderQuantity())
        .forEach(l ->
            candidatesBySupplier
                .computeIfAbsent(l.supplierId(), k -> new ArrayList<>())
                .add(new Candidate(l, ancestry(l.categoryId()))));
    createAgents();
    LocalDate from = lots.getFirst().periods().startDate();
    List<Order> orders = new ArrayList<>();
    for (int b = 0; b < generator.buyers().size(); b++) {
      DemoDataGenerator.Organisation buyer = generator.buyers().get(b);
      // The signed-in demo buyer orders most, so its pages have the most to show.
      int perMonth = b == 0 ? 30 : 9;
      long months = Duration.between(at(from), now).toDays() / 30;
      int count = (int) (perMonth * months);
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        times.add(workingHour(from, now));
      }
      times.sort(Comparator.naturalOrder());
      for (Instant time : times) {
        Order order = order(buyer, b == 0, time);
        if (order != null) {
          orders.add(order);
        }
      }
    }
    holdSomeForTheDemoAccounts(orders);
    for (Order order : orders) {
      live(order);
    }
    number(orders);
    DemoInvoices invoices = new DemoInvoices(c, generator, json);
    invoices.plan(orders, now); // the invoice numbers, before the orders that carry them
    new DemoHistoryRows(c).insert(orders);
    invoices.insert();
    return new Summary(orders.size(), from, LocalDate.ofInstant(now, PARIS));
  }

  // ---- who ---------------------------------------------------------------------------------

  private void readCategories() throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, parent_id FROM category");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        parents.put(rs.getString(1), rs.getString(2));
      }
    }
  }

  private List<String> ancestry(String category) {
    List<String> chain = new ArrayList<>();
    for (String at = category; at != null; at = parents.get(at)) {
      chain.add(at);
    }
    return chain;
  }

  private void createAgents() throws SQLException {
    DemoDataGenerator.Organisation firstBuyer = generator.buyers().getFirst();
    DemoDataGenerator.Organisation firstSupplier = generator.suppliers().getFirst();
    UUID creches = servicesOf(firstBuyer.id()).getFirst().id();
    emails.addAll(accounts.keySet());
    for (DemoDataGenerator.Organisation buyer : generator.buyers()) {
      admins.put(
          buyer.id(),
          buyer.equals(firstBuyer)
              ? account("acheteur@boucle.demo")
              : agent(buyer, "BUYER_ADMIN", null));
      for (DemoDataGenerator.Site service : servicesOf(buyer.id())) {
        boolean demo = service.id().equals(creches);
        requesters.put(
            service.id(),
            demo ? account("demandeur@boucle.demo") : agent(buyer, "REQUESTER", service.id()));
        approvers.put(
            service.id(),
            demo ? account("approbateur@boucle.demo") : agent(buyer, "APPROVER", service.id()));
      }
    }
    for (DemoDataGenerator.Organisation supplier : generator.suppliers()) {
      supplierStaff.put(
          supplier.id(),
          supplier.equals(firstSupplier)
              ? account("atelier@boucle.demo")
              : agent(supplier, "SUPPLIER_STAFF", null));
    }
  }

  private Agent account(String email) {
    return new Agent(accounts.get(email), email);
  }

  /** A colleague who appears in the history; without a password, so nobody signs in as them. */
  private Agent agent(DemoDataGenerator.Organisation organisation, String role, UUID service)
      throws SQLException {
    String first = pick(FIRST_NAMES);
    String last = pick(LAST_NAMES);
    String local = DemoDataGenerator.slug(first) + "." + DemoDataGenerator.slug(last);
    String domain = DemoDataGenerator.slug(organisation.legalName()) + ".example";
    String email = local + "@" + domain;
    for (int n = 2; !emails.add(email); n++) {
      email = local + n + "@" + domain;
    }
    UUID id = uuid("person", email);
    try (PreparedStatement person =
            c.prepareStatement(
                "INSERT INTO person (id, organisation_id, email, full_name) VALUES (?, ?, ?, ?)");
        PreparedStatement roles =
            c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)");
        PreparedStatement services =
            c.prepareStatement(
                "INSERT INTO person_service (person_id, service_id) VALUES (?, ?)")) {
      person.setObject(1, id);
      person.setObject(2, organisation.id());
      person.setString(3, email);
      person.setString(4, first + " " + last);
      person.execute();
      roles.setObject(1, id);
      roles.setString(2, role);
      roles.execute();
      if (service != null) {
        services.setObject(1, id);
        services.setObject(2, service);
        services.execute();
      }
    }
    return new Agent(id, email);
  }

  private List<DemoDataGenerator.Site> servicesOf(UUID buyer) {
    return generator.services().stream().filter(s -> s.organisationId().equals(buyer)).toList();
  }

  // ---- what --------------------------------------------------------------------------------

  /** An order as its requester would have placed it, or null when nothing fits (cap, stock). */
  private Order order(DemoDataGenerator.Organisation buyer, boolean demoBuyer, Instant time) {
    LocalDate day = LocalDate.ofInstant(time, PARIS);
    List<DemoAgreements.Lot> buyerLots =
        lots.stream().filter(l -> l.buyerId().equals(buyer.id())).toList();
    DemoAgreements.Lot lot = buyerLots.get(weighted(30, 25, 45));
    AgreementPeriods.Period period = lot.periods().periodOn(day).orElse(null);
    if (period == null) {
      return null;
    }
    List<DemoDataGenerator.Organisation> suppliers = new ArrayList<>();
    for (DemoDataGenerator.Organisation supplier : generator.suppliers()) {
      if (lot.suppliers().contains(supplier.id()) && !covered(lot, supplier.id(), time).isEmpty()) {
        // The demo supplier account gets a good share of the open lot's orders.
        int weight = supplier.equals(generator.suppliers().getFirst()) ? 4 : 1;
        for (int w = 0; w < weight; w++) {
          suppliers.add(supplier);
        }
      }
    }
    if (suppliers.isEmpty()) {
      return null;
    }
    DemoDataGenerator.Organisation supplier = pick(suppliers);
    List<Candidate> offer = new ArrayList<>(covered(lot, supplier.id(), time));
    List<Line> lines = new ArrayList<>();
    int wanted = 1 + weighted(55, 30, 15);
    while (lines.size() < wanted && !offer.isEmpty()) {
      Candidate candidate = offer.remove(random.nextInt(offer.size()));
      DemoDataGenerator.Listing l = candidate.listing();
      OptionalLong unit = lot.unitPrice(l.priceExclVatCents(), candidate.ancestry());
      if (unit.isEmpty()) {
        continue;
      }
      int most = Math.min(l.openingQuantity(), l.minimumOrderQuantity() + 5);
      int quantity = l.minimumOrderQuantity() + random.nextInt(most - l.minimumOrderQuantity() + 1);
      long excl = Math.multiplyExact(unit.getAsLong(), (long) quantity);
      lines.add(
          new Line(
              candidate, quantity, unit.getAsLong(), excl, Vat.of(excl, l.vatRateBasisPoints())));
    }
    if (lines.isEmpty()) {
      return null;
    }
    List<DemoDataGenerator.Site> services = servicesOf(buyer.id());
    // The demo requester's service (the first) places half of the demo buyer's orders.
    DemoDataGenerator.Site service =
        demoBuyer && random.nextBoolean() ? services.getFirst() : pick(services);
    long excl = lines.stream().mapToLong(Line::exclCents).sum();
    String cap = lot.id() + "/" + period.index();
    long used = capUsed.getOrDefault(cap, 0L);
    if (used + excl > lot.maximumCents()) {
      return null; // ordering would refuse it: the lot's maximum is never passed
    }
    capUsed.put(cap, used + excl);
    return new Order(
        uuid("order", buyer.id() + "/" + time + "/" + lines.getFirst().candidate().listing().id()),
        lot,
        period.index(),
        service,
        supplier,
        requesters.get(service.id()),
        lines,
        excl > service.approvalThresholdCents(),
        time,
        day.plusDays(7 + random.nextInt(15)),
        random.nextInt(5) == 0 ? pick(NOTES) : null);
  }

  private List<Candidate> covered(DemoAgreements.Lot lot, UUID supplier, Instant time) {
    return candidatesBySupplier.getOrDefault(supplier, List.of()).stream()
        .filter(x -> !x.listing().createdAt().isAfter(time))
        .filter(x -> x.ancestry().stream().anyMatch(lot.categories()::contains))
        .toList();
  }

  // ---- how it went -------------------------------------------------------------------------

  private final Set<UUID> heldAtSubmitted = new HashSet<>();
  private final Set<UUID> heldAtApproved = new HashSet<>();

  /**
   * The demo approver finds orders waiting for them, and the demo supplier orders to accept: the
   * most recent fitting orders stop there, as if their next step had not happened yet.
   */
  private void holdSomeForTheDemoAccounts(List<Order> orders) {
    UUID creches = servicesOf(generator.buyers().getFirst().id()).getFirst().id();
    UUID demoSupplier = generator.suppliers().getFirst().id();
    // Younger than the approval expiry (30 days by default), so none expires on the first start.
    Instant recent = now.minus(Duration.ofDays(25));
    List<Order> newestFirst =
        orders.stream()
            .filter(o -> o.submittedAt.isAfter(recent))
            .sorted(Comparator.comparing((Order o) -> o.submittedAt).reversed())
            .toList();
    newestFirst.stream()
        .filter(o -> o.service.id().equals(creches) && o.requiresApproval)
        .limit(4)
        .forEach(o -> heldAtSubmitted.add(o.id));
    newestFirst.stream()
        .filter(o -> o.supplier.id().equals(demoSupplier) && !heldAtSubmitted.contains(o.id))
        .limit(3)
        .forEach(o -> heldAtApproved.add(o.id));
  }

  /** Walks the order through its life until its fate or the present, whichever comes first. */
  private void live(Order o) {
    Fate fate =
        switch (weighted(85, 3, 4, 4, 4)) {
          case 0 -> Fate.PAID;
          case 1 -> Fate.UNPAID;
          case 2 -> o.requiresApproval ? Fate.REJECTED : Fate.CANCELLED;
          case 3 -> Fate.CANCELLED;
          default -> Fate.REFUSED;
        };
    Agent staff = supplierStaff.get(o.supplier.id());
    Agent approver = approvers.get(o.service.id());
    o.status = "SUBMITTED";
    o.events.add(new Event(null, "SUBMITTED", o.requester, null, o.submittedAt));
    Instant t = o.submittedAt;
    if (!o.requiresApproval) {
      t = t.plusSeconds(1);
      o.approvedAt = t;
      step(
          o,
          "APPROVED",
          null,
          "Total excl. VAT within the service's approval threshold ("
              + euros(o.service.approvalThresholdCents())
              + ")",
          t);
    } else {
      if (heldAtSubmitted.contains(o.id)) {
        return;
      }
      if (fate == Fate.REJECTED && random.nextInt(3) == 0) {
        // Nobody approved it: Boucle's sweep expired it.
        release(
            o,
            "EXPIRED",
            null,
            "Not approved within 30 days: the stock and the amount are released.",
            o.submittedAt.plus(APPROVAL_EXPIRY).plusSeconds(random.nextInt(600)));
        return;
      }
      t = later(t, 2, 4 * 24);
      if (fate == Fate.REJECTED) {
        release(o, "REJECTED", approver, pick(REJECTIONS), t);
        return;
      }
      if (fate == Fate.CANCELLED && random.nextBoolean()) {
        release(o, "CANCELLED", o.requester, pick(CANCELLATIONS), t);
        return;
      }
      if (!step(o, "APPROVED", approver, null, t)) {
        return;
      }
      o.approvedAt = t;
    }
    if (heldAtApproved.contains(o.id)) {
      return;
    }
    t = later(t, 3, 5 * 24);
    switch (fate) {
      case REFUSED -> {
        release(o, "REFUSED", staff, pick(REFUSALS), t);
        return;
      }
      case CANCELLED, REJECTED -> {
        if (random.nextInt(3) == 0 && step(o, "ACCEPTED", staff, null, t)) {
          // Accepted, then cancelled by the supplier with its reason.
          release(o, "CANCELLED", staff, pick(SUPPLIER_CANCELLATIONS), later(t, 24, 6 * 24));
        } else {
          release(o, "CANCELLED", o.requester, pick(CANCELLATIONS), t);
        }
        return;
      }
      default -> {}
    }
    if (!step(o, "ACCEPTED", staff, null, t)) {
      return;
    }
    if (random.nextBoolean() && !step(o, "READY", staff, null, t = later(t, 24, 7 * 24))) {
      return;
    }
    if (!step(o, "DELIVERED", o.requester, null, t = later(t, 2 * 24, 15 * 24))) {
      return;
    }
    t = later(t, 24, 20 * 24);
    if (t.isAfter(now)) {
      return;
    }
    o.invoicedAt = t;
    step(o, "INVOICED", staff, null, t); // the reference is given once numbers are known
    if (fate == Fate.PAID) {
      step(o, "PAID", admins.get(o.lot.buyerId()), null, later(t, 15 * 24, 50 * 24));
    }
  }

  /** Records a transition unless it would happen after the present. */
  private boolean step(Order o, String to, Agent actor, String comment, Instant at) {
    if (at.isAfter(now)) {
      return false;
    }
    o.events.add(new Event(o.status, to, actor, comment, at));
    o.status = to;
    return true;
  }

  private void release(Order o, String to, Agent actor, String comment, Instant at) {
    if (step(o, to, actor, comment, at)) {
      o.releasedAt = at;
    }
  }

  /** Gapless numbers per buyer and year in submission order (DemoInvoices numbers invoices). */
  private void number(List<Order> orders) {
    Map<String, Integer> counters = new HashMap<>();
    orders.stream()
        .sorted(Comparator.comparing((Order o) -> o.submittedAt).thenComparing(o -> o.id))
        .forEach(o -> {
          int year = LocalDate.ofInstant(o.submittedAt, PARIS).getYear();
          int n = counters.merge(o.lot.buyerId() + "/" + year, 1, Integer::sum);
          o.number = String.format("BC-%d-%06d", year, n);
        });
  }

  // ---- chance and time ---------------------------------------------------------------------

  private static Instant at(LocalDate day) {
    return day.atStartOfDay(PARIS).toInstant();
  }

  /** A random moment of a working day (Monday to Friday, 8:00 to 17:59) between two instants. */
  private Instant workingHour(LocalDate from, Instant to) {
    long days = Duration.between(at(from), to).toDays();
    while (true) {
      LocalDate day = from.plusDays(random.nextLong(days + 1));
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      ZonedDateTime time =
          day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60)).atZone(PARIS);
      if (time.toInstant().isBefore(to)) {
        return time.toInstant();
      }
    }
  }

  /**
   * Between {@code minHours} and {@code maxHours} later, moved forward into working hours (Monday
   * to Friday, 8:00 to 18:59, Paris time): people approve, accept and deliver at work.
   */
  private Instant later(Instant t, int minHours, int maxHours) {
    ZonedDateTime at =
        t.plus(
                Duration.ofMinutes(
                    60L * minHours + random.nextLong(60L * (maxHours - minHours) + 1)))
            .atZone(PARIS);
    if (at.getHour() >= 19) {
      at = at.plusDays(1).withHour(8).withMinute(random.nextInt(60));
    } else if (at.getHour() < 8) {
      at = at.withHour(8).withMinute(random.nextInt(60));
    }
    while (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
      at = at.plusDays(1).withHour(8).withMinute(random.nextInt(60));
    }
    return at.toInstant();
  }

  private <T> T pick(List<T> values) {
    return DemoDataGenerator.pick(random, values);
  }

  private int weighted(int... weights) {
    return DemoDataGenerator.weighted(random, weights);
  }

  private UUID uuid(String kind, String key) {
    return generator.uuid(kind, key);
  }

  private static String euros(long cents) {
    return NumberFormat.getCurrencyInstance(Locale.FRANCE)
        .format(BigDecimal.valueOf(cents, 2))
        .replace('\u202f', ' ')
        .replace('\u00a0', ' ');
  }
}
