package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceDocument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The frozen InvoiceDocument as the jsonb it is stored in. */
@Singleton
@SerdeImport(InvoiceDocument.class)
@SerdeImport(InvoiceDocument.Party.class)
@SerdeImport(InvoiceDocument.Address.class)
@SerdeImport(InvoiceDocument.Line.class)
@SerdeImport(InvoiceDocument.VatBreakdown.class)
@SerdeImport(InvoiceDocument.PaymentTerms.class)
@SerdeImport(InvoiceDocument.BankAccount.class)
class DocumentJson {

  private final JsonMapper json;

  DocumentJson(JsonMapper json) {
    this.json = json;
  }

  String write(InvoiceDocument document) {
    try {
      return json.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InvoiceDocument read(String value) {
    try {
      return json.readValue(value, InvoiceDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
