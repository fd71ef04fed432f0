package fr.boucle.reporting.internal;

import fr.boucle.reporting.SpendBreakdown;
import fr.boucle.reporting.SpendOverview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spend reports' main tables (one row per lot period; one per breakdown key) and their CSV and
 * XLSX forms. A report's main table as CSV (commons-csv, RFC 4180, UTF-8) or XLSX (POI): amounts in
 * euros with two decimals — text {@code 1234.50} in CSV, numbers formatted {@code 0.00} in XLSX.
 */
public final class SpendExports {

  /** An amount in hundredths (cents, or basis points as a percentage), written with 2 decimals. */
  public record Euros(long cents) {
    BigDecimal value() {
      return BigDecimal.valueOf(cents, 2);
    }
  }

  /** Column headers and rows of cells: String, Number, {@link Euros}, a date, or null. */
  public record Table(String sheet, List<String> headers, List<List<Object>> rows) {}

  private SpendExports() {}

  public static byte[] csv(Table table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(table.headers().toArray(String[]::new))
            .get()
            .print(out)) {
      for (List<Object> row : table.rows()) {
        printer.printRecord(
            row.stream()
                .map(c -> c instanceof Euros e ? e.value().toPlainString() : c == null ? "" : c)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(Table table) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Sheet sheet = book.createSheet(table.sheet());
      Row header = sheet.createRow(0);
      for (int i = 0; i < table.headers().size(); i++) {
        header.createCell(i).setCellValue(table.headers().get(i));
      }
      int r = 1;
      for (List<Object> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (v instanceof Euros e) {
            cell.setCellValue(e.value().doubleValue());
            cell.setCellStyle(money);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row per lot period, as the overview's lots[].periods[]. */
  public static Table overview(SpendOverview o, boolean english) {
    List<String> headers =
        english
            ? List.of(
                "Agreement",
                "Agreement title",
                "Lot",
                "Lot title",
                "Period",
                "Starts on",
                "Ends on",
                "Current",
                "Maximum excl. VAT (EUR)",
                "Committed excl. VAT (EUR)",
                "Invoiced excl. VAT (EUR)",
                "Paid excl. VAT (EUR)",
                "Remaining excl. VAT (EUR)",
                "Consumed (%)",
                "Maximum reached on (forecast)",
                "Alert")
            : List.of(
                "Accord-cadre",
                "Intitulé de l'accord",
                "Lot",
                "Intitulé du lot",
                "Période",
                "Début",
                "Fin",
                "En cours",
                "Maximum HT (EUR)",
                "Engagé HT (EUR)",
                "Facturé HT (EUR)",
                "Payé HT (EUR)",
                "Restant HT (EUR)",
                "Consommé (%)",
                "Maximum atteint le (prévision)",
                "Alerte");
    List<List<Object>> rows = new ArrayList<>();
    for (SpendOverview.Lot lot : o.lots()) {
      for (SpendOverview.Period p : lot.periods()) {
        List<Object> row = new ArrayList<>();
        row.add(lot.agreementReference());
        row.add(lot.agreementTitle());
        row.add(lot.lotNumber());
        row.add(lot.lotTitle());
        row.add(p.periodIndex() + 1);
        row.add(p.startsOn().toString());
        row.add(p.endsOn().toString());
        row.add(p.current() ? (english ? "yes" : "oui") : (english ? "no" : "non"));
        row.add(new Euros(p.maximumCents()));
        row.add(new Euros(p.committedCents()));
        row.add(new Euros(p.invoicedCents()));
        row.add(new Euros(p.paidCents()));
        row.add(new Euros(p.remainingCents()));
        row.add(p.consumedBp() == null ? null : new Euros(p.consumedBp()));
        row.add(p.forecastReachOn() == null ? null : p.forecastReachOn().toString());
        row.add(p.alert().name());
        rows.add(row);
      }
    }
    return new Table(english ? "Spend" : "Dépenses", headers, rows);
  }

  /** One row per key of the breakdown. */
  public static Table breakdown(SpendBreakdown b, boolean english) {
    List<String> headers =
        english
            ? List.of(
                "Key",
                "Label",
                "Committed excl. VAT (EUR)",
                "Invoiced excl. VAT (EUR)",
                "Paid excl. VAT (EUR)",
                "Consumed excl. VAT (EUR)")
            : List.of(
                "Clé",
                "Libellé",
                "Engagé HT (EUR)",
                "Facturé HT (EUR)",
                "Payé HT (EUR)",
                "Consommé HT (EUR)");
    List<List<Object>> rows = new ArrayList<>();
    for (SpendBreakdown.Row r : b.rows()) {
      rows.add(
          List.of(
              r.key(),
              r.label(),
              new Euros(r.committedCents()),
              new Euros(r.invoicedCents()),
              new Euros(r.paidCents()),
              new Euros(r.consumedCents())));
    }
    return new Table(english ? "Breakdown" : "Répartition", headers, rows);
  }
}
