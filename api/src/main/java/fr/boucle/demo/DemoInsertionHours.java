package fr.boucle.demo;

import fr.boucle.agreement.AgreementPeriods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Insertion hours declared under the demo lots' social clauses: each quarter since the agreements
 * started, the first two suppliers of each lot declare the hours their people in insertion worked,
 * with a one-page PDF timesheet; the buyer accepted them, except, per buyer, the last quarter's
 * declaration of lot 1's first supplier (waiting) and one of lot 3's (rejected, with its reason).
 * Hours are derived from the ids, so the same seed gives the same declarations.
 */
final class DemoInsertionHours {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String REJECTION =
      "Feuilles de présence non signées par le facilitateur de la clause : merci de les joindre.";

  private DemoInsertionHours() {}

  /** Writes the declarations; answers how many. */
  static int create(
      Connection c, DemoDataGenerator generator, List<DemoAgreements.Lot> lots, Instant now)
      throws SQLException {
    Map<UUID, String> names = new HashMap<>();
    generator.suppliers().forEach(s -> names.put(s.id(), s.legalName()));
    LocalDate today = LocalDate.ofInstant(now, PARIS);
    int written = 0;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO insertion_hour_declaration (id, lot_id, buyer_id, supplier_id,"
                + " period_index, hours, comment, status, evidence_file_name,"
                + " evidence_content_type, evidence_size, evidence, declared_by, declared_at,"
                + " decided_by, decided_at, rejection_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'application/pdf', ?, ?, ?, ?, ?, ?, ?)")) {
      for (DemoAgreements.Lot lot : lots) {
        List<UUID> suppliers = lot.suppliers().stream().limit(2).toList();
        LocalDate start = lot.periods().startDate();
        List<LocalDate> quarterEnds = new java.util.ArrayList<>();
        for (LocalDate end = start.plusMonths(3).minusDays(1);
            end.isBefore(today);
            end = end.plusMonths(3)) {
          quarterEnds.add(end);
        }
        for (int s = 0; s < suppliers.size(); s++) {
          UUID supplier = suppliers.get(s);
          for (int q = 0; q < quarterEnds.size(); q++) {
            LocalDate end = quarterEnds.get(q);
            LocalDate from = end.plusDays(1).minusMonths(3);
            Optional<AgreementPeriods.Period> period = lot.periods().periodOn(end);
            if (period.isEmpty()) {
              continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("demo-hours-" + lot.id() + supplier + q).getBytes());
            int hours = (s == 0 ? 14 : 8) + Math.floorMod(id.hashCode(), 9);
            boolean last = q == quarterEnds.size() - 1;
            String status = "ACCEPTED";
            if (lot.number() == 1 && s == 0 && last) {
              status = "DECLARED";
            } else if (lot.number() == 3
                && s == suppliers.size() - 1
                && q == quarterEnds.size() - 2) {
              status = "REJECTED";
            }
            Instant declaredAt =
                min(
                    end.plusDays(8).atTime(10, 30).atZone(PARIS).toInstant(),
                    now.minusSeconds(7200));
            Instant decidedAt =
                min(declaredAt.plus(java.time.Duration.ofDays(6)), now.minusSeconds(3600));
            byte[] pdf = timesheet(names.get(supplier), lot.number(), from, end, hours);
            int i = 0;
            insert.setObject(++i, id);
            insert.setObject(++i, lot.id());
            insert.setObject(++i, lot.buyerId());
            insert.setObject(++i, supplier);
            insert.setInt(++i, period.get().index());
            insert.setInt(++i, hours);
            insert.setString(
                ++i, "Heures de salariés en parcours d'insertion, " + quarter(from, end) + ".");
            insert.setString(++i, status);
            insert.setString(
                ++i, "releve-heures-" + from.getYear() + "-T" + quarterOf(from) + ".pdf");
            insert.setInt(++i, pdf.length);
            insert.setBytes(++i, pdf);
            insert.setString(++i, names.get(supplier));
            insert.setTimestamp(++i, Timestamp.from(declaredAt));
            boolean decided = !status.equals("DECLARED");
            insert.setString(++i, decided ? "Louis Martin" : null);
            insert.setTimestamp(++i, decided ? Timestamp.from(decidedAt) : null);
            insert.setString(++i, status.equals("REJECTED") ? REJECTION : null);
            insert.addBatch();
            written++;
          }
        }
      }
      insert.executeBatch();
    }
    return written;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static int quarterOf(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }

  private static String quarter(LocalDate from, LocalDate to) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    return "du " + from.format(f) + " au " + to.format(f);
  }

  /** A one-page timesheet summary, as a supplier would scan or export it. */
  static byte[] timesheet(String supplier, int lot, LocalDate from, LocalDate to, int hours) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(bold, 16);
        text.newLineAtOffset(56, 770);
        text.showText("Relevé d'heures d'insertion");
        text.setFont(regular, 11);
        for (String line :
            List.of(
                supplier,
                "Lot " + lot + " — clause sociale d'insertion",
                "Période " + quarter(from, to),
                hours + " heures réalisées par des salariés en parcours d'insertion",
                "Document de démonstration Boucle")) {
          text.newLineAtOffset(0, -22);
          text.showText(line);
        }
        text.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
