package fr.boucle.ordering;

import fr.boucle.agreement.Reservation;
import fr.boucle.shared.web.Message;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the ordering area answers. Amounts are integer cents; VAT rates are basis points. */
public final class OrderViews {

  private OrderViews() {}

  @Serdeable
  public record Party(UUID id, String legalName, String siret, @Nullable String insertionStatus) {}

  @Serdeable
  public record ServiceRef(
      UUID id,
      String name,
      String street,
      String postcode,
      String city,
      long approvalThresholdCents) {}

  @Serdeable
  public record LotRef(
      UUID agreementId,
      String agreementReference,
      String agreementTitle,
      UUID lotId,
      int lotNumber,
      String lotTitle,
      Reservation reservation) {}

  @Serdeable
  public record Totals(long exclVatCents, long vatCents, long inclVatCents) {
    public static Totals of(long excl, long vat) {
      return new Totals(excl, vat, excl + vat);
    }
  }

  /** The order's one delivery, included in its totals (zero when no listing charges one). */
  @Serdeable
  public record DeliveryFee(long exclVatCents, long vatCents, int vatRateBasisPoints) {}

  @Serdeable
  public record Line(
      int lineNo,
      UUID listingId,
      String sku,
      String title,
      String categoryId,
      int quantity,
      long catalogueUnitPriceCents,
      long unitPriceExclVatCents,
      int vatRateBasisPoints,
      long lineExclVatCents,
      long lineVatCents) {}

  /** The VAT of the lines at one rate (the PDF's VAT table). */
  @Serdeable
  public record VatSubtotal(int vatRateBasisPoints, long baseExclVatCents, long vatCents) {}

  /**
   * One step of an order's timeline.
   *
   * @param actorLabel who took it: a person's label, or "system" for Boucle itself
   * @param comment as written: a person's words, or Boucle's own English words
   * @param commentCode for Boucle's own words (an expiry), their code to word them in the reader's
   *     language; null for a person's words
   * @param commentParams the values needed to say it (the days an order waited)
   */
  @Serdeable
  public record Event(
      @Nullable OrderStatus from,
      OrderStatus to,
      @Nullable OrderAction action,
      @Nullable UUID actorId,
      String actorLabel,
      @Nullable String comment,
      @Nullable String commentCode,
      @Nullable Map<String, String> commentParams,
      Instant at) {

    /** The English words of an expiry's event, as {@code ExpireOrders} writes them. */
    private static final Pattern EXPIRY =
        Pattern.compile(
            "Not approved within (\\d+) days: the stock and the amount are released\\.");

    /** The expiry's comment, in English (stored) for a delay of so many days. */
    public static String expiryComment(long days) {
      return "Not approved within " + days + " days: the stock and the amount are released.";
    }

    /** This event with the code of Boucle's own comment, when it is one (an expiry). */
    public Event coded() {
      if (commentCode != null || comment == null || !"system".equals(actorLabel)) {
        return this;
      }
      Matcher m = EXPIRY.matcher(comment);
      if (to != OrderStatus.EXPIRED || !m.matches()) {
        return this;
      }
      Message said = Message.of(ProblemCode.ORDER_EXPIRED_UNAPPROVED, "days", m.group(1));
      return new Event(
          from, to, action, actorId, actorLabel, comment, said.code().code(), said.params(), at);
    }
  }

  @Serdeable
  public record Order(
      UUID id,
      @Nullable String number, // null for the few milliseconds between the commit and numbering
      OrderStatus status,
      Party buyer,
      ServiceRef service,
      Party supplier,
      LotRef lot,
      int periodIndex,
      List<Line> lines,
      List<VatSubtotal> vat,
      Totals totals,
      DeliveryFee deliveryFee,
      OrderCommands.Address deliveryAddress,
      LocalDate deliveryDate,
      @Nullable String note,
      UUID requesterId,
      String requesterName,
      boolean requiresApproval,
      @Nullable String invoiceReference,
      Instant submittedAt,
      Instant updatedAt,
      List<Event> events,
      List<OrderAction> allowedActions,
      @Nullable CancellationRequest cancellationRequest,
      List<InvoiceRef> invoices,
      boolean canIssueInvoice) {}

  /** An invoice or credit note issued for an order (kind INVOICE or CREDIT_NOTE). */
  @Serdeable
  public record InvoiceRef(UUID id, String kind, String number, String status) {}

  /** The buyer's pending request that the supplier cancel an accepted order. */
  @Serdeable
  public record CancellationRequest(String reason, String requestedBy, Instant requestedAt) {}

  @Serdeable
  public record OrderSummary(
      UUID id,
      @Nullable String number,
      OrderStatus status,
      Party buyer,
      UUID serviceId,
      String serviceName,
      Party supplier,
      String agreementReference,
      int lotNumber,
      int lineCount,
      Totals totals,
      LocalDate deliveryDate,
      boolean requiresApproval,
      Instant submittedAt,
      Instant updatedAt) {}

  /** The orders a submission created; {@code replayed} when the Idempotency-Key was seen before. */
  @Serdeable
  public record Submitted(List<Order> orders, boolean replayed) {}

  // ---- cart and checkout -------------------------------------------------------------------

  /** Why something cannot be ordered as it stands. */
  public enum ObstacleCode {
    NO_AGREEMENT_IN_FORCE,
    SUPPLIER_NOT_AWARDED,
    AGREEMENT_NOT_IN_FORCE,
    SUPPLIER_NOT_ELIGIBLE,
    CATEGORY_OUT_OF_SCOPE,
    NO_UNIT_PRICE,
    CAP_EXCEEDED,
    STOCK_SHORT,
    LISTING_UNAVAILABLE,
    BELOW_MINIMUM_QUANTITY,
    SEVERAL_LOTS_APPLY
  }

  /**
   * Why a cart line or group cannot be ordered: {@code code} the kind of obstacle, {@code
   * problemCode} the stable code of its words (e.g. {@code lot-category-out-of-scope}) with their
   * values in {@code params}, {@code message} the words in English.
   */
  @Serdeable
  public record Obstacle(
      ObstacleCode code,
      String problemCode,
      @Nullable Map<String, String> params,
      String message,
      @Nullable UUID listingId) {

    public Obstacle(ObstacleCode code, Message message, @Nullable UUID listingId) {
      this(
          code,
          message.code().code(),
          message.params().isEmpty() ? null : message.params(),
          message.english(),
          listingId);
    }

    /** The obstacle's words as a message, to say in any language. */
    public Message problem() {
      return new Message(ProblemCode.byCode(problemCode).orElseThrow(), params);
    }
  }

  @Serdeable
  public record CartLine(
      UUID listingId,
      String sku,
      String title,
      String categoryId,
      String kind,
      String listingStatus,
      long catalogueUnitPriceCents,
      int vatRateBasisPoints,
      int minimumOrderQuantity,
      long available,
      int quantity,
      Instant addedAt,
      List<Obstacle> obstacles) {}

  @Serdeable
  public record CartGroup(Party supplier, List<CartLine> lines) {}

  @Serdeable
  public record Cart(List<CartGroup> groups, int lineCount) {}

  @Serdeable
  public record PricedLine(
      UUID listingId,
      String title,
      int quantity,
      long catalogueUnitPriceCents,
      long unitPriceExclVatCents,
      int vatRateBasisPoints,
      long lineExclVatCents,
      long lineVatCents) {}

  /**
   * One lot the supplier group could be ordered under, priced with its terms, with the lot period's
   * remaining amount before and after this order (excl. VAT).
   */
  @Serdeable
  public record LotOption(
      LotRef lot,
      boolean applicable,
      List<Obstacle> obstacles,
      List<PricedLine> lines,
      Totals totals,
      Totals deliveryFee,
      @Nullable Integer periodIndex,
      @Nullable Long remainingBeforeCents,
      @Nullable Long remainingAfterCents,
      @Nullable Boolean requiresApproval) {}

  /**
   * A supplier group of the cart at checkout. {@code chosenLotId} is set when exactly one lot
   * applies; otherwise {@code obstacles} says why none does (or that several do).
   */
  @Serdeable
  public record CheckoutGroup(
      Party supplier,
      List<CartLine> lines,
      List<LotOption> options,
      @Nullable UUID chosenLotId,
      List<Obstacle> obstacles) {}

  @Serdeable
  public record CheckoutPreview(
      @Nullable ServiceRef service, List<ServiceRef> myServices, List<CheckoutGroup> groups) {}

  // ---- spend ledger ------------------------------------------------------------------------

  /**
   * Committed (ordered, not invoiced) and invoiced amounts of one lot period for one service; paid
   * is the part of the invoiced amount whose invoices are paid in full.
   */
  @Serdeable
  public record SpendRow(
      UUID agreementId,
      String agreementReference,
      UUID lotId,
      int lotNumber,
      String lotTitle,
      int periodIndex,
      UUID serviceId,
      String serviceName,
      Totals committed,
      Totals invoiced,
      Totals paid) {}
}
