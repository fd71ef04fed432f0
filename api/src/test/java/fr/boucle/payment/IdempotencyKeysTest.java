package fr.boucle.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  private static final UUID INVOICE = UUID.fromString("6f1c1f55-7a43-4a5e-9d7e-3d0c3c1a9b10");
  private static final UUID OTHER = UUID.fromString("0b7e2a44-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

  @Test
  void derivesTheSameKeyFromTheSameIdsEveryTime() {
    assertThat(IdempotencyKeys.invoiceCreate(INVOICE))
        .isEqualTo("invoice-6f1c1f55-7a43-4a5e-9d7e-3d0c3c1a9b10-create")
        .isEqualTo(IdempotencyKeys.invoiceCreate(UUID.fromString(INVOICE.toString())));
    assertThat(IdempotencyKeys.invoiceItem(INVOICE, 2))
        .isEqualTo("invoice-6f1c1f55-7a43-4a5e-9d7e-3d0c3c1a9b10-item-2");
    assertThat(IdempotencyKeys.connectedAccount(OTHER))
        .isEqualTo("organisation-0b7e2a44-1c2d-4e5f-8a9b-0c1d2e3f4a5b-account");
  }

  @Test
  void givesEachRequestOfAnInvoiceItsOwnKey() {
    List<String> keys =
        List.of(
            IdempotencyKeys.invoiceCreate(INVOICE),
            IdempotencyKeys.invoiceItem(INVOICE, 1),
            IdempotencyKeys.invoiceItem(INVOICE, 2),
            IdempotencyKeys.invoiceFinalize(INVOICE),
            IdempotencyKeys.invoiceVoid(INVOICE),
            IdempotencyKeys.checkout(INVOICE, 12_000, LocalDate.of(2026, 12, 4)),
            IdempotencyKeys.invoiceCreate(OTHER),
            IdempotencyKeys.customer(OTHER, "acct_1"),
            IdempotencyKeys.customer(OTHER, "acct_2"));
    Set<String> distinct = new HashSet<>(keys);
    assertThat(distinct).hasSize(keys.size());
    // Stripe accepts keys up to 255 characters.
    assertThat(keys).allSatisfy(k -> assertThat(k.length()).isLessThanOrEqualTo(255));
  }

  @Test
  void asksANewCheckoutOnlyWhenTheAmountDueOrTheDayChanges() {
    LocalDate day = LocalDate.of(2026, 12, 4);
    assertThat(IdempotencyKeys.checkout(INVOICE, 12_000, day))
        .isEqualTo(IdempotencyKeys.checkout(INVOICE, 12_000, day))
        .isNotEqualTo(IdempotencyKeys.checkout(INVOICE, 11_000, day))
        .isNotEqualTo(IdempotencyKeys.checkout(INVOICE, 12_000, day.plusDays(1)));
  }

  @Test
  void asksANewOnboardingLinkEachMinute() {
    assertThat(IdempotencyKeys.accountLink(OTHER, 29_000_000L))
        .isEqualTo(IdempotencyKeys.accountLink(OTHER, 29_000_000L))
        .isNotEqualTo(IdempotencyKeys.accountLink(OTHER, 29_000_001L));
  }

  @Test
  void numbersItemsFromOne() {
    assertThatThrownBy(() -> IdempotencyKeys.invoiceItem(INVOICE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
