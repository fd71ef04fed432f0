package fr.boucle.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.boucle.payment.PaymentViews.MirrorStatus;
import org.junit.jupiter.api.Test;

class ReadPaymentOptionsTest {

  @Test
  void showsTheMirrorAsTheInterfaceKnowsIt() {
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.PENDING))
        .isEqualTo(MirrorStatus.PENDING);
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.OPEN))
        .isEqualTo(MirrorStatus.OPEN);
    // Stripe still takes payment of an uncollectible invoice.
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.UNCOLLECTIBLE))
        .isEqualTo(MirrorStatus.OPEN);
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.PAID))
        .isEqualTo(MirrorStatus.PAID);
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.VOID))
        .isEqualTo(MirrorStatus.VOID);
    // Mirroring gave up: there is no Stripe invoice to speak of.
    assertThat(ReadPaymentOptions.mirrorStatus(StripeInvoices.Status.GAVE_UP)).isNull();
  }
}
