package fr.boucle.ordering.internal;

import fr.boucle.agreement.AgreementLots;
import fr.boucle.listing.ListingStatus;
import fr.boucle.listing.StockLedger;
import fr.boucle.ordering.OrderViews;
import fr.boucle.organisation.BuyerServices;
import fr.boucle.organisation.TradingPartners;
import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads what an order is made of, through the published interfaces of the areas that own it:
 * listings with their stock (listing), their supplier and the ordering service (organisation), the
 * buyer's lots (agreement). Shared by the cart, the checkout preview and the submission.
 */
@Singleton
class OrderPlanner {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A listing as an order needs it, with its supplier and its available stock. */
  record ListingRow(
      UUID id,
      UUID supplierId,
      String supplierName,
      String supplierSiret,
      String supplierInsertionStatus,
      @Nullable LocalDate supplierInsertionValidUntil,
      boolean supplierProofInReview,
      boolean supplierActive,
      String sku,
      String title,
      String categoryId,
      String kind,
      String status,
      long priceCents,
      int vatRateBasisPoints,
      int minimumOrderQuantity,
      long available,
      @Nullable Long deliveryFeeCents) {

    static ListingRow of(StockLedger.Listing l, TradingPartners.Partner supplier) {
      return new ListingRow(
          l.id(),
          l.supplierId(),
          supplier.legalName(),
          supplier.siret(),
          supplier.insertionStatus(),
          supplier.insertionValidUntil(),
          supplier.insertionProofReviewPending(),
          supplier.active(),
          l.sku(),
          l.title(),
          l.categoryId(),
          l.kind(),
          l.status().name(),
          l.priceCents(),
          l.vatRateBasisPoints(),
          l.minimumOrderQuantity(),
          l.available(),
          l.deliveryFeeCents());
    }

    /**
     * Listed for ordering: published, or published and sold out (the ledger moves it between the
     * two), so that a sold-out item answers "not enough stock" rather than "not for sale".
     */
    boolean orderable() {
      return supplierActive && ListingStatus.isOnSale(status);
    }

    OrderViews.Party supplier() {
      return new OrderViews.Party(supplierId, supplierName, supplierSiret, supplierInsertionStatus);
    }
  }

  record ServiceRow(
      UUID id,
      UUID buyerId,
      String name,
      String street,
      String postcode,
      String city,
      long approvalThresholdCents) {

    static ServiceRow of(BuyerServices.Service s) {
      return new ServiceRow(
          s.id(),
          s.buyerId(),
          s.name(),
          s.street(),
          s.postcode(),
          s.city(),
          s.approvalThresholdCents());
    }

    OrderViews.ServiceRef ref() {
      return new OrderViews.ServiceRef(id, name, street, postcode, city, approvalThresholdCents);
    }
  }

  /** A wanted line: a listing and a quantity. */
  record Want(UUID listingId, int quantity) {}

  private final StockLedger stock;
  private final TradingPartners partners;
  private final BuyerServices services;
  private final AgreementLots lots;

  OrderPlanner(
      StockLedger stock, TradingPartners partners, BuyerServices services, AgreementLots lots) {
    this.stock = stock;
    this.partners = partners;
    this.services = services;
    this.lots = lots;
  }

  static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  Map<UUID, ListingRow> listings(Collection<UUID> ids) {
    Map<UUID, ListingRow> rows = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return rows;
    }
    Map<UUID, StockLedger.Listing> listings = stock.listings(ids);
    Map<UUID, TradingPartners.Partner> suppliers =
        partners.withIds(
            listings.values().stream().map(StockLedger.Listing::supplierId).distinct().toList());
    for (StockLedger.Listing l : listings.values()) {
      TradingPartners.Partner supplier = suppliers.get(l.supplierId());
      if (supplier != null) {
        rows.put(l.id(), ListingRow.of(l, supplier));
      }
    }
    return rows;
  }

  Optional<ServiceRow> service(UUID buyerId, UUID serviceId) {
    return services.find(buyerId, serviceId).map(ServiceRow::of);
  }

  /** The services a person may order for: their own; a buyer admin's, all the buyer's. */
  List<ServiceRow> servicesOf(CurrentUser user) {
    List<BuyerServices.Service> found =
        user.hasRole(Role.BUYER_ADMIN)
            ? services.ofBuyer(user.organisationId())
            : services.ofBuyer(user.organisationId(), user.serviceIds());
    return found.stream().map(ServiceRow::of).toList();
  }

  List<AgreementLots.Lot> lotsOf(UUID buyerId) {
    return lots.lotsOf(buyerId);
  }
}
