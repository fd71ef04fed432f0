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
          OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.REFUSED, OrderStatus.REJECTED
        }) {
      assertThat(Arrays.stream(OrderAction.values()).filter(a -> a.allowedFrom(end))).isEmpty();
    }
  }

  @Test
  void onlyEndingsBeforeAcceptanceReleaseStockAndCap() {
    assertThat(Arrays.stream(OrderAction.values()).filter(OrderAction::releases))
        .containsExactlyInAnyOrder(OrderAction.REJECT, OrderAction.CANCEL, OrderAction.REFUSE);
    assertThat(Arrays.stream(OrderAction.values()).filter(OrderAction::releases))
        .allSatisfy(a -> assertThat(a.allowedFrom(OrderStatus.ACCEPTED)).isFalse());
  }
}
