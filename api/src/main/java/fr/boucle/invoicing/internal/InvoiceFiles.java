package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceRendering;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an invoice the user may see: its Factur-X PDF as stored right after it was issued
 * (the demo's rendered on first download and kept), and its CII XML rendered from the frozen
 * document.
 */
@Singleton
public class InvoiceFiles {

  private static final Logger LOG = LoggerFactory.getLogger(InvoiceFiles.class);

  /** A file and the invoice number it is named after. */
  public record File(String number, byte[] content) {}

  private final ReadInvoices reads;
  private final Invoices invoices;
  private final DocumentJson json;
  private final InvoiceRendering rendering;
  private final TransactionOperations<Connection> transactions;

  InvoiceFiles(
      ReadInvoices reads,
      Invoices invoices,
      DocumentJson json,
      InvoiceRendering rendering,
      TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
    this.reads = reads;
    this.invoices = invoices;
    this.json = json;
    this.rendering = rendering;
  }

  @Transactional
  public File pdf(CurrentUser user, UUID id) {
    Invoices.Listed invoice = reads.visible(user, id);
    return new File(invoice.row().number(), stored(id));
  }

  /**
   * Renders and stores the PDF of a just-issued invoice, in its own transaction after the issue
   * committed; should rendering fail, the invoice stays issued and its PDF is rendered from the
   * same frozen document on first download.
   */
  public void keepRendered(UUID id) {
    try {
      transactions.executeWrite(status -> stored(id));
    } catch (RuntimeException e) {
      LOG.warn("Invoice {}: PDF not rendered at issue, rendered on first download", id, e);
    }
  }

  private byte[] stored(UUID id) {
    return invoices
        .pdf(id)
        .orElseThrow()
        .orElseGet(() -> {
          byte[] rendered = rendering.facturX(json.read(invoices.documentJson(id).orElseThrow()));
          invoices.keepPdf(id, rendered);
          return rendered;
        });
  }

  public File cii(CurrentUser user, UUID id) {
    Invoices.Listed invoice = reads.visible(user, id);
    return new File(
        invoice.row().number(), rendering.cii(json.read(invoices.documentJson(id).orElseThrow())));
  }
}
