package fr.boucle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderActionTest {

  @Test
  void allowsOnlyTheLifecycleTransitions() {
    assertThat(OrderAction.APPROVE.allowedFrom(OrderStatus.SUBMITTED)).isTrue();
    assertThat(OrderAction.ACCEPT.allowedFrom(OrderStatus.SUBMITTED)).isFalse();
    assertThat(OrderAction.CANCEL.allowedFrom(OrderStatus.APPROVED)).isTrue();
    assertThat(OrderAction.CANCEL.allowedFrom(OrderStatus.ACCEPTED)).isFalse();
    assertThat(OrderAction.CONFIRM_DELIVERY.allowedFrom(OrderStatus.ACCEPTED)).isTrue();
    assertThat(OrderAction.CONFIRM_DELIVERY.allowedFrom(OrderStatus.READY)).isTrue();
    assertThat(OrderAction.INVOICE.allowedFrom(OrderStatus.READY)).isFalse();
    assertThat(OrderAction.MARK_PAID.allowedFrom(OrderStatus.INVOICED)).isTrue();
  }

  @Test
  void endStatesAllowNothing() {
    for (OrderStatus end :
        new OrderStatus[] {
          OrderStatus.PAID,
          OrderStatus.CANCELLED,
          OrderStatus.REFUSED,
          OrderStatus.REJECTED,
          OrderStatus.EXPIRED
        }) {
      assertThat(Arrays.stream(OrderAction.values()).filter(a -> a.allowedFrom(end))).isEmpty();
    }
  }

  @Test
  void endingsReleaseStockAndCapAndOnlyTheSupplierEndsAnAcceptedOrder() {
    assertThat(Arrays.stream(OrderAction.values()).filter(OrderAction::releases))
        .containsExactlyInAnyOrder(
            OrderAction.REJECT,
            OrderAction.CANCEL,
            OrderAction.REFUSE,
            OrderAction.SUPPLIER_CANCEL);
    assertThat(
            Arrays.stream(OrderAction.values())
                .filter(a -> a.releases() && a.allowedFrom(OrderStatus.ACCEPTED)))
        .containsExactly(OrderAction.SUPPLIER_CANCEL);
    assertThat(OrderAction.SUPPLIER_CANCEL.side()).isEqualTo(OrderAction.Side.SUPPLIER);
  }

  @Test
  void askingOrDecliningACancellationLeavesTheStatusAndNeedsAReason() {
    for (OrderAction a :
        new OrderAction[] {OrderAction.REQUEST_CANCELLATION, OrderAction.DECLINE_CANCELLATION}) {
      assertThat(a.target()).isNull();
      assertThat(a.needsReason()).isTrue();
      assertThat(a.releases()).isFalse();
    }
    assertThat(OrderAction.SUPPLIER_CANCEL.needsReason()).isTrue();
    assertThat(OrderAction.CANCEL.needsReason()).isFalse();
  }
}
