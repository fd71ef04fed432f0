package fr.boucle.bench;

import fr.boucle.invoicing.InvoiceDocument;
import fr.boucle.invoicing.InvoiceDocument.Address;
import fr.boucle.invoicing.InvoiceDocument.BankAccount;
import fr.boucle.invoicing.InvoiceDocument.Kind;
import fr.boucle.invoicing.InvoiceDocument.Line;
import fr.boucle.invoicing.InvoiceDocument.Party;
import fr.boucle.invoicing.InvoiceDocument.PaymentTerms;
import fr.boucle.invoicing.InvoiceDocument.VatBreakdown;
import fr.boucle.invoicing.InvoiceDocument.VatRegime;
import fr.boucle.invoicing.internal.document.FacturXRendering;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Invoice rendering benchmark (issue 15): the Factur-X PDF/A-3 of one invoice (HTML to PDF/A-3,
 * CII XML, attachment), single-threaded, as the issue endpoint does it.
 *
 * <ol>
 *   <li>latency: WARMUP renders, then MEASURED renders timed one by one: p50, p90, p99, max;
 *   <li>batch: 1,000 invoices back to back: wall time, the heap's peak (sum of the heap pools'
 *       peaks, reset just before) and the GC time.
 * </ol>
 *
 * Run by infra/bench/invoices.sh with the application's jar on the class path (the JDK's source
 * launcher: no build step of its own). Invoices have 1 to 12 lines over two VAT rates, as the
 * demo's orders do; every one is a distinct document.
 */
public final class InvoiceRenderBench {

  public static void main(String[] args) throws Exception {
    int warmup = Integer.getInteger("bench.warmup", 300);
    int measured = Integer.getInteger("bench.measured", 500);
    int batch = Integer.getInteger("bench.batch", 1_000);
    FacturXRendering rendering = new FacturXRendering(new fr.boucle.shared.pdf.HtmlPdf());

    long t0 = System.nanoTime();
    byte[] first = rendering.facturX(document(0));
    System.out.printf("first render (cold): %.0f ms, %d bytes%n", ms(System.nanoTime() - t0),
        first.length);
    Files.write(Path.of(System.getProperty("bench.sample", "target/invoice-sample.pdf")), first);

    for (int i = 1; i <= warmup; i++) {
      rendering.facturX(document(i));
    }
    long[] took = new long[measured];
    long bytes = 0;
    for (int i = 0; i < measured; i++) {
      InvoiceDocument doc = document(10_000 + i);
      long start = System.nanoTime();
      byte[] pdf = rendering.facturX(doc);
      took[i] = System.nanoTime() - start;
      bytes += pdf.length;
    }
    Arrays.sort(took);
    System.out.printf(
        "latency over %d renders after %d warm-up: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms; mean size %d bytes%n",
        measured, warmup, ms(pct(took, 50)), ms(pct(took, 90)), ms(pct(took, 99)),
        ms(took[took.length - 1]), bytes / measured);

    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long gcBefore = gcMillis();
    long start = System.nanoTime();
    long batchBytes = 0;
    for (int i = 0; i < batch; i++) {
      batchBytes += rendering.facturX(document(100_000 + i)).length;
    }
    long wall = System.nanoTime() - start;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "batch of %d invoices: %.1f s (%.1f invoices/s), %d MB of PDFs; heap peak %d MB"
            + " (max heap %d MB), GC %d ms%n",
        batch, wall / 1e9, batch / (wall / 1e9), batchBytes >> 20, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20, gcMillis() - gcBefore);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static final Party SELLER =
      new Party("La Ressourcerie du Val SCIC SARL", "73282932000074", "FR44732829320",
          new Address("12 rue des Ateliers", "94200", "Ivry-sur-Seine", "FR"),
          "facturation@ressourcerie-val.fr", null);

  private static final Party BUYER =
      new Party("Commune de Villeneuve-Saint-Georges", "21940078100013", null,
          new Address("Place Pierre Sémard", "94190", "Villeneuve-Saint-Georges", "FR"),
          "21940078100013", null);

  /** The n-th invoice: 1 to 12 lines, 20 % and 5.5 %, a delivery fee every third one. */
  static InvoiceDocument document(int n) {
    List<Line> lines = new ArrayList<>();
    int count = 1 + n % 12;
    for (int i = 1; i <= count; i++) {
      long unit = 1_000 + (n * 37L + i * 101L) % 20_000;
      lines.add(new Line(i, "Mobilier reconditionné, article " + i + " de la commande " + n,
          "SKU-" + i, 1 + (n + i) % 7, unit, i % 4 == 0 ? 550 : 2000,
          unit * (1 + (n + i) % 7)));
    }
    if (n % 3 == 0) {
      lines.add(new Line(count + 1, "Frais de livraison", null, 1, 3_500, 2000, 3_500));
    }
    Map<Integer, Long> perRate = new TreeMap<>();
    lines.forEach(l -> perRate.merge(l.vatRateBp(), l.lineExclVatCents(), Long::sum));
    List<VatBreakdown> vat = new ArrayList<>();
    long base = 0;
    long tax = 0;
    for (Map.Entry<Integer, Long> e : perRate.entrySet()) {
      long amount = BigDecimal.valueOf(e.getValue() * e.getKey())
          .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
      vat.add(new VatBreakdown("S", e.getKey(), e.getValue(), amount, null));
      base += e.getValue();
      tax += amount;
    }
    LocalDate issued = LocalDate.of(2026, 11, 1).plusDays(n % 28);
    return new InvoiceDocument(
        UUID.nameUUIDFromBytes(("bench-" + n).getBytes()), Kind.INVOICE,
        String.format("F2026-%06d", n), issued, issued.plusDays(30), null, null, SELLER, BUYER,
        "SERV-ACHATS-01", "CMD-2026-" + n, "AC-2025-014", "Lot 2 — Mobilier de bureau",
        issued.minusDays(2), BUYER.address(), VatRegime.LIABLE, lines, vat, base, tax,
        base + tax, 0, base + tax,
        new PaymentTerms(30, "Paiement à 30 jours par virement ; intérêts moratoires au taux BCE"
            + " majoré de 8 points et indemnité forfaitaire de 40 € en cas de retard.", "58"),
        new BankAccount("FR7630006000011234567890189", "AGRIFRPPXXX", SELLER.legalName()));
  }
}
