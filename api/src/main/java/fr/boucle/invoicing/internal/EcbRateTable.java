package fr.boucle.invoicing.internal;

import fr.boucle.invoicing.EcbRates;
import fr.boucle.invoicing.PaymentClock;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** The payment clock over the ECB rate table shipped as data (invoicing/ecb-...-rates.json). */
@Singleton
class EcbRateTable {

  static final String RESOURCE = "invoicing/ecb-main-refinancing-rates.json";

  @Serdeable
  record Entry(LocalDate from, BigDecimal percent) {}

  @Serdeable
  record File(String description, String source, LocalDate checkedOn, List<Entry> rates) {}

  private final PaymentClock clock;

  EcbRateTable(JsonMapper json) {
    try (InputStream in = EcbRateTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      File file = json.readValue(in, Argument.of(File.class));
      TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
      file.rates().forEach(e -> rates.put(e.from(), e.percent()));
      this.clock = new PaymentClock(new EcbRates(file.source(), file.checkedOn(), rates));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PaymentClock clock() {
    return clock;
  }
}
