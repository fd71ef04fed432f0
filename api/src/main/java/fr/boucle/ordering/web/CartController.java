package fr.boucle.ordering.web;

import fr.boucle.ordering.OrderCommands;
import fr.boucle.ordering.OrderViews;
import fr.boucle.ordering.internal.CheckOutCart;
import fr.boucle.ordering.internal.KeepCart;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import java.util.UUID;

@Controller("/api/cart")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Cart")
class CartController {

  private final KeepCart carts;
  private final CheckOutCart checkouts;

  CartController(KeepCart carts, CheckOutCart checkouts) {
    this.carts = carts;
    this.checkouts = checkouts;
  }

  @Get
  @Operation(
      operationId = "getCart",
      summary = "My cart, grouped by supplier",
      description =
          "Requester. Kept on the server. Each line carries its current stock and obstacles.")
  OrderViews.Cart cart(Authentication auth) {
    return carts.cart(CurrentUser.from(auth));
  }

  @Put("/lines/{listingId}")
  @Operation(
      operationId = "setCartLine",
      summary = "Add a listing to my cart or set its quantity",
      description =
          "Requester. 404 for a listing that cannot be ordered; 400 below its minimum quantity.")
  OrderViews.Cart setQuantity(
      Authentication auth, UUID listingId, @Body @Valid OrderCommands.SetQuantity body) {
    return carts.setQuantity(CurrentUser.from(auth), listingId, body.quantity());
  }

  @Delete("/lines/{listingId}")
  @Operation(
      operationId = "removeCartLine",
      summary = "Remove a line from my cart",
      description = "Requester.")
  OrderViews.Cart remove(Authentication auth, UUID listingId) {
    return carts.remove(CurrentUser.from(auth), listingId);
  }

  @Delete
  @Operation(operationId = "clearCart", summary = "Empty my cart", description = "Requester.")
  OrderViews.Cart clear(Authentication auth) {
    return carts.clear(CurrentUser.from(auth));
  }

  @Get("/checkout")
  @Operation(
      operationId = "previewCheckout",
      summary = "Checkout preview",
      description =
          "Requester. Per supplier group: every lot awarding that supplier, priced with the lot's"
              + " terms, with the lot period's remaining amount before and after the order;"
              + " chosenLotId when exactly one applies; otherwise obstacles say why none does (no"
              + " agreement in force, supplier not awarded, category out of scope, cap exceeded,"
              + " stock short...). serviceId defaults to my only service.")
  OrderViews.CheckoutPreview preview(Authentication auth, @Nullable @QueryValue UUID serviceId) {
    return checkouts.preview(CurrentUser.from(auth), serviceId);
  }

  @Post("/checkout")
  @ExecuteOn(OrderWriters.EXECUTOR)
  @Operation(
      operationId = "checkout",
      summary = "Place one order per supplier group of my cart, all or none",
      description =
          "Requester. Requires an Idempotency-Key header (same key and body: same orders, 200;"
              + " other body: 422). The ordered lines leave the cart. Errors name"
              + " orders[i].field, or cart[listingId].quantity for stock.")
  HttpResponse<OrderViews.Submitted> checkout(
      Authentication auth,
      @Nullable @Header(OrderController.IDEMPOTENCY_KEY) String idempotencyKey,
      @Body @Valid OrderCommands.Checkout body) {
    OrderViews.Submitted submitted =
        checkouts.checkout(
            CurrentUser.from(auth), OrderController.requireKey(idempotencyKey), body);
    if (submitted.replayed()) {
      return HttpResponse.ok(submitted);
    }
    return HttpResponse.created(submitted, URI.create("/api/orders"));
  }
}
