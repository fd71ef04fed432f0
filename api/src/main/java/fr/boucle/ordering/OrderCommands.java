package fr.boucle.ordering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests the ordering area accepts. Prices are never among them: the server computes them. */
public final class OrderCommands {

  private OrderCommands() {}

  @Serdeable
  public record Line(@NotNull UUID listingId, @NotNull @Min(1) @Max(100_000) Integer quantity) {}

  /** Where to deliver; the service's own address when absent. */
  @Serdeable
  public record Address(
      @NotBlank @Size(max = 200) String street,
      @NotBlank @Pattern(regexp = "^[0-9]{5}$", message = "must be a 5-digit postcode")
          String postcode,
      @NotBlank @Size(max = 100) String city) {}

  /**
   * One order to one supplier, submitted directly (API clients, benchmarks). The lot is chosen
   * automatically when exactly one applies.
   */
  @Serdeable
  public record SubmitOrder(
      @NotNull UUID serviceId,
      @Nullable UUID lotId,
      @NotNull LocalDate deliveryDate,
      @Nullable @Valid Address deliveryAddress,
      @Nullable @Size(max = 1000) String note,
      @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines) {}

  /** The order of one supplier group of the cart. */
  @Serdeable
  public record CheckoutOrder(
      @NotNull UUID supplierId,
      @NotNull UUID serviceId,
      @Nullable UUID lotId,
      @NotNull LocalDate deliveryDate,
      @Nullable @Valid Address deliveryAddress,
      @Nullable @Size(max = 1000) String note,
      @NotEmpty @Size(max = 500) List<@NotNull @Valid CheckoutLine> lines) {}

  /**
   * A cart line as the requester reviewed it: checkout places exactly these, and refuses if the
   * cart holds anything else by then.
   */
  @Serdeable
  public record CheckoutLine(
      @NotNull UUID listingId, @NotNull @Min(1) @Max(100_000) Integer quantity) {}

  /** Turns supplier groups of the cart into orders, all or none. */
  @Serdeable
  public record Checkout(@NotEmpty @Size(max = 50) List<@NotNull @Valid CheckoutOrder> orders) {}

  @Serdeable
  public record SetQuantity(@NotNull @Min(1) @Max(100_000) Integer quantity) {}

  /** A transition's optional comment; INVOICE requires the supplier's invoice reference. */
  @Serdeable
  public record Transition(
      @Nullable @Size(max = 1000) String comment,
      @Nullable @Size(max = 60) String invoiceReference) {}
}
