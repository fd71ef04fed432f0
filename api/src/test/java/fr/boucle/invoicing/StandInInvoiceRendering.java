package fr.boucle.invoicing;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * Deterministic stand-in bytes while the real Factur-X renderer is not on the classpath (tests of
 * the invoicing core only); it steps aside as soon as an InvoiceRendering bean exists.
 */
@Singleton
@Requires(missingBeans = InvoiceRendering.class)
class StandInInvoiceRendering implements InvoiceRendering {

  @Override
  public byte[] facturX(InvoiceDocument d) {
    return ("%PDF-1.7\n% stand-in " + d.kind() + " " + d.number() + " " + d.totalInclVatCents())
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public byte[] cii(InvoiceDocument d) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><stand-in number=\""
            + d.number()
            + "\" total=\""
            + d.totalInclVatCents()
            + "\"/>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
