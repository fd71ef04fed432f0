package fr.boucle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An expiry's comment, Boucle's own words, gets its code; a person's comment does not. */
class OrderEventTest {

  private static OrderViews.Event event(OrderStatus to, String actor, String comment) {
    return new OrderViews.Event(
        OrderStatus.SUBMITTED, to, null, null, actor, comment, null, null, Instant.EPOCH);
  }

  @Test
  void anExpiryIsSaidByItsCodeWithItsDays() {
    OrderViews.Event coded =
        event(OrderStatus.EXPIRED, "system", OrderViews.Event.expiryComment(14)).coded();
    assertThat(coded.commentCode()).isEqualTo("order-expired-unapproved");
    assertThat(coded.commentParams()).isEqualTo(Map.of("days", "14"));
  }

  @Test
  void aPersonsCommentKeepsNoCode() {
    assertThat(
            event(OrderStatus.CANCELLED, "Awa Diallo", OrderViews.Event.expiryComment(14))
                .coded()
                .commentCode())
        .isNull();
    assertThat(event(OrderStatus.EXPIRED, "system", "autre chose").coded().commentCode()).isNull();
  }
}
