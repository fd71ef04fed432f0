package fr.boucle.ordering.web;

import fr.boucle.ordering.OrderAction;
import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderStatus;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.internal.ActOnOrder;
import fr.boucle.ordering.internal.ListOrders;
import fr.boucle.ordering.internal.PlaceOrder;
import fr.boucle.ordering.internal.PurchaseOrderPdf;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.web.Download;
import fr.boucle.shared.web.Page;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ValidationFailed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Orders")
class OrderController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ListOrders orders;
  private final PlaceOrder placing;
  private final ActOnOrder acting;
  private final PurchaseOrderPdf pdf;

  OrderController(ListOrders orders, PlaceOrder placing, ActOnOrder acting, PurchaseOrderPdf pdf) {
    this.orders = orders;
    this.placing = placing;
    this.acting = acting;
    this.pdf = pdf;
  }

  static String requireKey(@Nullable String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      new ValidationFailed.Collector()
          .add(IDEMPOTENCY_KEY, ProblemCode.IDEMPOTENCY_KEY_REQUIRED)
          .throwIfAny();
    }
    return key;
  }

  @Get
  @Operation(
      operationId = "listOrders",
      summary = "Purchase orders I may see, one page",
      description =
          "Buyer admin: all the buyer's; requesters and approvers: their services'; suppliers:"
              + " those addressed to them once approved. status may repeat (or be comma-separated)."
              + " awaitingMe=true gives"
              + " the caller's inbox (approver: to approve; supplier: to accept, prepare or"
              + " invoice; service: to confirm delivery; buyer admin: to pay). Sort: submittedAt,"
              + " updatedAt, number, total, deliveryDate, status, each optionally ',asc'/',desc'.")
  Page<OrderViews.OrderSummary> list(
      Authentication auth,
      @Nullable @QueryValue List<OrderStatus> status,
      @Nullable @QueryValue UUID serviceId,
      @Nullable @QueryValue UUID lotId,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue Boolean awaitingMe,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue String sort) {
    return orders.list(
        CurrentUser.from(auth),
        status,
        serviceId,
        lotId,
        q,
        Boolean.TRUE.equals(awaitingMe),
        page,
        size,
        sort);
  }

  @Post
  @ExecuteOn(OrderWriters.EXECUTOR)
  @Operation(
      operationId = "submitOrder",
      summary = "Submit one order to one supplier",
      description =
          "Requester, for one of their services. Requires an Idempotency-Key header: the same key"
              + " with the same body answers the same order (200, replayed=true); with another"
              + " body, 422. The lot is chosen when exactly one applies. Prices come from the"
              + " lot's terms. 409 problems: out-of-stock (lines named), lot-cap-exceeded,"
              + " submission-contended.")
  HttpResponse<OrderViews.Submitted> submit(
      Authentication auth,
      @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
      @Body @Valid OrderCommands.SubmitOrder command) {
    OrderViews.Submitted submitted =
        placing.submit(CurrentUser.from(auth), requireKey(idempotencyKey), command);
    if (submitted.replayed()) {
      return HttpResponse.ok(submitted);
    }
    return HttpResponse.created(
        submitted, URI.create("/api/orders/" + submitted.orders().get(0).id()));
  }

  @Get("/{id}")
  @Operation(
      operationId = "getOrder",
      summary = "One order with its lines, VAT, timeline and the actions I may take now",
      description = "404 when not visible to the caller.")
  OrderViews.Order get(Authentication auth, UUID id) {
    return orders.get(CurrentUser.from(auth), id);
  }

  @Get("/{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "getOrderPdf",
      summary = "The printable purchase order (PDF)",
      description =
          "A tagged (accessible) PDF in French whatever the reader's language: the buyer's"
              + " commitment under a French public contract. 404 when not visible.")
  HttpResponse<byte[]> pdf(Authentication auth, UUID id) {
    CurrentUser user = CurrentUser.from(auth);
    byte[] body = pdf.render(user, id);
    return Download.inline(body, "application/pdf", "bon-de-commande-" + id + ".pdf");
  }

  private OrderViews.Order act(
      Authentication auth, UUID id, OrderAction action, @Nullable OrderCommands.Transition body) {
    return acting.act(CurrentUser.from(auth), id, action, body);
  }

  @Post("/{id}/approve")
  @Operation(
      operationId = "approveOrder",
      summary = "Approve (SUBMITTED → APPROVED)",
      description = "Approver of the order's service, not its requester. 409 from another status.")
  OrderViews.Order approve(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.APPROVE, body);
  }

  @Post("/{id}/reject")
  @Operation(
      operationId = "rejectOrder",
      summary = "Reject (SUBMITTED → REJECTED), releasing stock and the lot amount",
      description = "Approver of the order's service, not its requester.")
  OrderViews.Order reject(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.REJECT, body);
  }

  @Post("/{id}/cancel")
  @Operation(
      operationId = "cancelOrder",
      summary = "Cancel before the supplier accepted (SUBMITTED/APPROVED → CANCELLED)",
      description =
          "Requester or approver of the service, or buyer admin. Releases stock and the lot amount.")
  OrderViews.Order cancel(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.CANCEL, body);
  }

  @Post("/{id}/accept")
  @Operation(
      operationId = "acceptOrder",
      summary = "Accept (APPROVED → ACCEPTED)",
      description = "Supplier admin or staff.")
  OrderViews.Order accept(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.ACCEPT, body);
  }

  @Post("/{id}/refuse")
  @Operation(
      operationId = "refuseOrder",
      summary = "Refuse (APPROVED → REFUSED), releasing stock and the lot amount",
      description = "Supplier admin or staff.")
  OrderViews.Order refuse(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.REFUSE, body);
  }

  @Post("/{id}/supplier-cancel")
  @Operation(
      operationId = "supplierCancelOrder",
      summary = "The supplier cancels an accepted order (ACCEPTED/READY → CANCELLED)",
      description =
          "Supplier admin or staff, with a comment saying why (also how the supplier agrees to the"
              + " buyer's cancellation request). Releases stock and the lot amount.")
  OrderViews.Order supplierCancel(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.SUPPLIER_CANCEL, body);
  }

  @Post("/{id}/request-cancellation")
  @Operation(
      operationId = "requestOrderCancellation",
      summary = "Ask the supplier to cancel an accepted order (status unchanged)",
      description =
          "Requester or approver of the service, or buyer admin, with a comment saying why. The"
              + " supplier cancels (supplier-cancel) or declines (decline-cancellation).")
  OrderViews.Order requestCancellation(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.REQUEST_CANCELLATION, body);
  }

  @Post("/{id}/decline-cancellation")
  @Operation(
      operationId = "declineOrderCancellation",
      summary = "Decline the buyer's cancellation request: the order goes on",
      description = "Supplier admin or staff, with a comment saying why; 409 without a request.")
  OrderViews.Order declineCancellation(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.DECLINE_CANCELLATION, body);
  }

  @Post("/{id}/mark-ready")
  @Operation(
      operationId = "markOrderReady",
      summary = "Goods ready for delivery (ACCEPTED → READY)",
      description = "Supplier admin or staff; optional step.")
  OrderViews.Order markReady(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.MARK_READY, body);
  }

  @Post("/{id}/confirm-delivery")
  @Operation(
      operationId = "confirmOrderDelivery",
      summary = "Confirm delivery (ACCEPTED/READY → DELIVERED)",
      description =
          "The ordering service (requester or approver of it) or the buyer admin: the service"
              + " confirms it received the goods; the reservation becomes a sale.")
  OrderViews.Order confirmDelivery(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.CONFIRM_DELIVERY, body);
  }

  @Post("/{id}/invoice")
  @Operation(
      operationId = "invoiceOrder",
      summary = "Invoiced (DELIVERED → INVOICED)",
      description =
          "Supplier admin or staff, with invoiceReference. Moves the amount from committed to"
              + " invoiced in the spend ledger.")
  OrderViews.Order invoice(
      Authentication auth, UUID id, @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.INVOICE, body);
  }

  @Post("/{id}/mark-paid")
  @Operation(
      operationId = "markOrderPaid",
      summary = "Paid (INVOICED → PAID)",
      description = "Buyer admin.")
  OrderViews.Order markPaid(
      Authentication auth, UUID id, @Nullable @Body @Valid OrderCommands.Transition body) {
    return act(auth, id, OrderAction.MARK_PAID, body);
  }
}
