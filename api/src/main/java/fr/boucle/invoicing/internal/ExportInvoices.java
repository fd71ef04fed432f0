package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceStatus;
import fr.boucle.shared.security.CurrentUser;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * The accounting export: one line per invoice or credit note the user may see through the list's
 * filters, by issue date; UTF-8 with a byte-order mark (for spreadsheets), fields separated by
 * {@code ;}, amounts in euros with 2 decimals and a decimal comma, as French accounting tools read
 * them. A credit note's amounts are negative.
 */
@Singleton
public class ExportInvoices {

  static final List<String> HEADER =
      List.of(
          "number",
          "kind",
          "issueDate",
          "dueDate",
          "status",
          "supplier",
          "supplierSiret",
          "buyer",
          "buyerSiret",
          "orderNumber",
          "agreementReference",
          "correctedInvoiceNumber",
          "totalExclVat",
          "totalVat",
          "totalInclVat",
          "paid",
          "due");

  private final ReadInvoices reads;

  ExportInvoices(ReadInvoices reads) {
    this.reads = reads;
  }

  public String csv(
      CurrentUser user,
      @Nullable List<InvoiceStatus> statuses,
      @Nullable InvoiceDocument.Kind kind,
      boolean overdue) {
    Invoices.Filter filter = ReadInvoices.filter(statuses, kind, overdue);
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(";", HEADER)).append("\r\n");
    for (Invoices.Listed l : reads.all(user, filter)) {
      Invoices.Row r = l.row();
      List<String> fields =
          List.of(
              r.number(),
              r.kind().name(),
              r.issueDate().toString(),
              r.dueDate().toString(),
              r.status().name(),
              l.supplierName(),
              l.supplierSiret(),
              l.buyerName(),
              l.buyerSiret(),
              l.orderNumber(),
              l.agreementReference(),
              l.correctedNumber() == null ? "" : l.correctedNumber(),
              euros(r.totalExclVatCents()),
              euros(r.totalVatCents()),
              euros(r.totalInclVatCents()),
              euros(r.paidCents()),
              euros(r.dueCents()));
      out.append(String.join(";", fields.stream().map(ExportInvoices::field).toList()))
          .append("\r\n");
    }
    return out.toString();
  }

  /** Cents as euros with 2 decimals and a decimal comma: -1234,50. */
  static String euros(long cents) {
    long abs = Math.abs(cents);
    return String.format(Locale.ROOT, "%s%d,%02d", cents < 0 ? "-" : "", abs / 100, abs % 100);
  }

  private static String field(String value) {
    if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
