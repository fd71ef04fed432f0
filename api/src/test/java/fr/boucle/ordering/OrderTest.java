package fr.boucle.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.boucle.shared.security.CurrentUser;
import fr.boucle.shared.security.OrganisationKind;
import fr.boucle.shared.security.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderTest {

  private static final UUID BUYER = UUID.randomUUID();
  private static final UUID SERVICE = UUID.randomUUID();
  private static final UUID SUPPLIER = UUID.randomUUID();
  private static final UUID REQUESTER = UUID.randomUUID();

  private static CurrentUser person(
      UUID personId,
      UUID organisationId,
      OrganisationKind kind,
      Set<UUID> services,
      Role... roles) {
    return new CurrentUser(
        personId,
        organisationId,
        kind,
        Arrays.stream(roles).map(Role::name).collect(Collectors.toSet()),
        services,
        "Someone",
        null,
        Set.of(),
        0);
  }

  private static final CurrentUser REQUESTER_USER =
      person(REQUESTER, BUYER, OrganisationKind.BUYER, Set.of(SERVICE), Role.REQUESTER);
  private static final CurrentUser APPROVER =
      person(UUID.randomUUID(), BUYER, OrganisationKind.BUYER, Set.of(SERVICE), Role.APPROVER);
  private static final CurrentUser OTHER_SERVICE_APPROVER =
      person(
          UUID.randomUUID(),
          BUYER,
          OrganisationKind.BUYER,
          Set.of(UUID.randomUUID()),
          Role.APPROVER);
  private static final CurrentUser BUYER_ADMIN =
      person(UUID.randomUUID(), BUYER, OrganisationKind.BUYER, Set.of(), Role.BUYER_ADMIN);
  private static final CurrentUser SUPPLIER_STAFF =
      person(UUID.randomUUID(), SUPPLIER, OrganisationKind.SUPPLIER, Set.of(), Role.SUPPLIER_STAFF);

  private static Order order(OrderStatus status, boolean cancellationRequested) {
    return new Order(
        UUID.randomUUID(), status, BUYER, SERVICE, SUPPLIER, REQUESTER, cancellationRequested);
  }

  @Test
  void anApproverOfTheServiceApprovesButNeverTheirOwnOrder() {
    Order submitted = order(OrderStatus.SUBMITTED, false);
    assertThat(submitted.apply(APPROVER, OrderAction.APPROVE, null, null).to())
        .isEqualTo(OrderStatus.APPROVED);
    assertThat(submitted.mayPerform(OTHER_SERVICE_APPROVER, OrderAction.APPROVE)).isFalse();
    CurrentUser requesterApprover =
        person(REQUESTER, BUYER, OrganisationKind.BUYER, Set.of(SERVICE), Role.APPROVER);
    assertThatThrownBy(() -> submitted.apply(requesterApprover, OrderAction.APPROVE, null, null))
        .isInstanceOfSatisfying(
            Order.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(Order.Refused.Reason.NOT_ALLOWED);
              assertThat(r.getMessage()).contains("an order you submitted");
            });
  }

  @Test
  void refusesAnActionFromAStatusItDoesNotStartFrom() {
    assertThatThrownBy(() ->
            order(OrderStatus.SUBMITTED, false)
                .apply(SUPPLIER_STAFF, OrderAction.ACCEPT, null, null))
        .isInstanceOfSatisfying(
            Order.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Order.Refused.Reason.ILLEGAL_TRANSITION));
  }

  @Test
  void checksTheSideBeforeTheStatus() {
    assertThatThrownBy(() ->
            order(OrderStatus.PAID, false).apply(REQUESTER_USER, OrderAction.ACCEPT, null, null))
        .isInstanceOfSatisfying(
            Order.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Order.Refused.Reason.NOT_ALLOWED));
  }

  @Test
  void aSupplierCancelNeedsAReasonAndKeepsItStripped() {
    Order accepted = order(OrderStatus.ACCEPTED, false);
    assertThatThrownBy(
            () -> accepted.apply(SUPPLIER_STAFF, OrderAction.SUPPLIER_CANCEL, "  ", null))
        .isInstanceOfSatisfying(
            Order.Refused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(Order.Refused.Reason.FIELD_REQUIRED);
              assertThat(r.field()).isEqualTo("comment");
            });
    Order.Transition t =
        accepted.apply(SUPPLIER_STAFF, OrderAction.SUPPLIER_CANCEL, " Stock détruit ", null);
    assertThat(t.to()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(t.comment()).isEqualTo("Stock détruit");
    assertThat(t.eventAction()).isNull();
  }

  @Test
  void aCancellationRequestKeepsTheStatusAndNamesItsAction() {
    Order.Transition t =
        order(OrderStatus.READY, false)
            .apply(REQUESTER_USER, OrderAction.REQUEST_CANCELLATION, "Plus besoin", null);
    assertThat(t.to()).isEqualTo(OrderStatus.READY);
    assertThat(t.eventAction()).isEqualTo(OrderAction.REQUEST_CANCELLATION);
    assertThat(t.asksCancellation()).isTrue();
  }

  @Test
  void declineNeedsAPendingRequest() {
    assertThatThrownBy(() ->
            order(OrderStatus.ACCEPTED, false)
                .apply(SUPPLIER_STAFF, OrderAction.DECLINE_CANCELLATION, "Déjà livré", null))
        .isInstanceOfSatisfying(
            Order.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Order.Refused.Reason.ILLEGAL_TRANSITION));
    assertThat(order(OrderStatus.ACCEPTED, false).allowedActions(SUPPLIER_STAFF))
        .doesNotContain(OrderAction.DECLINE_CANCELLATION);
    assertThat(order(OrderStatus.ACCEPTED, true).allowedActions(SUPPLIER_STAFF))
        .contains(OrderAction.DECLINE_CANCELLATION);
  }

  @Test
  void anInvoiceMayCarryTheSuppliersOwnReference() {
    Order delivered = order(OrderStatus.DELIVERED, false);
    // Invoices are issued with their own numbers: the supplier's reference is optional.
    assertThat(delivered.apply(SUPPLIER_STAFF, OrderAction.INVOICE, null, " ").invoiceReference())
        .isNull();
    Order.Transition t = delivered.apply(SUPPLIER_STAFF, OrderAction.INVOICE, "merci", " F-12 ");
    assertThat(t.invoiceReference()).isEqualTo("F-12");
    assertThat(t.eventComment()).isEqualTo("Invoice F-12 — merci");
  }

  @Test
  void eachSideSeesItsOwnNextActions() {
    assertThat(order(OrderStatus.APPROVED, false).allowedActions(SUPPLIER_STAFF))
        .containsExactly(OrderAction.ACCEPT, OrderAction.REFUSE);
    assertThat(order(OrderStatus.APPROVED, false).allowedActions(BUYER_ADMIN))
        .containsExactly(OrderAction.CANCEL);
    assertThat(order(OrderStatus.INVOICED, false).allowedActions(BUYER_ADMIN))
        .containsExactly(OrderAction.MARK_PAID);
    assertThat(order(OrderStatus.SUBMITTED, false).allowedActions(REQUESTER_USER))
        .containsExactly(OrderAction.CANCEL);
  }

  @Test
  void apiTokensNeverAct() {
    CurrentUser token =
        new CurrentUser(
            null,
            BUYER,
            OrganisationKind.BUYER,
            Set.of(Role.BUYER_ADMIN.name()),
            Set.of(SERVICE),
            "token",
            UUID.randomUUID(),
            Set.of("orders:read"),
            0);
    assertThat(order(OrderStatus.INVOICED, false).allowedActions(token)).isEmpty();
  }
}
