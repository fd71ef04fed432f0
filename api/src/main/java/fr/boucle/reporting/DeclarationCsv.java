package fr.boucle.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The yearly AGEC declaration in the data.gouv.fr schema {@code
 * schema-declaration-biens-reemploi-reutilisation-recycle} v0.1.0: its nine columns in its order,
 * comma-separated like its example (the Table Schema default dialect), UTF-8 without a byte-order
 * mark, amounts excl. VAT in euros as numbers with a decimal point (exact cents), one row per
 * category with spend.
 */
public final class DeclarationCsv {

  public static final List<String> COLUMNS =
      List.of(
          "annee",
          "siret",
          "raison_sociale",
          "type_produit_acquis",
          "montant_total",
          "montant_reemploi_et_reutilisation",
          "montant_produits_issus_don",
          "montant_produits_recycles",
          "commentaires");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator('\n')
          .setHeader(COLUMNS.toArray(String[]::new))
          .get();

  private DeclarationCsv() {}

  public static String write(int year, String siret, String legalName, List<AgecTotals> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (AgecTotals row : rows) {
        printer.printRecord(
            year,
            siret,
            legalName,
            row.category(),
            euros(row.totalCents()),
            euros(row.reuseCents()),
            euros(row.donationCents()),
            euros(row.recycledCents()),
            "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Cents as euros with a decimal point: 123456 → 1234.56. */
  static String euros(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
