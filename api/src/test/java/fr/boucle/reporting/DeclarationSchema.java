package fr.boucle.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a CSV against the data.gouv.fr Table Schema shipped in {@code
 * reference/agec/declaration-schema.json}, read from the file itself: the header is its fields'
 * names in their order, and every value has the field's type ({@code year}, {@code number}, {@code
 * integer}, {@code string}; Table Schema defaults: decimal point, no grouping), is present when
 * {@code constraints.required}, and obeys {@code enum}, {@code pattern} and {@code minimum}. The
 * dialect is the Table Schema default (comma, double quotes), as in the schema's example. No Table
 * Schema library is available, so the few rules the schema uses are implemented here.
 */
final class DeclarationSchema {

  private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

  private final JsonNode fields;

  private DeclarationSchema(JsonNode fields) {
    this.fields = fields;
  }

  static DeclarationSchema load() {
    try (InputStream in =
        DeclarationSchema.class.getResourceAsStream("/reference/agec/declaration-schema.json")) {
      return new DeclarationSchema(new ObjectMapper().readTree(in).get("fields"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> names() {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  List<String> categories() {
    List<String> values = new ArrayList<>();
    fields.forEach(f -> {
      if (f.get("name").asText().equals("type_produit_acquis")) {
        f.get("constraints").get("enum").forEach(v -> values.add(v.asText()));
      }
    });
    return values;
  }

  /** Every breach of the schema, as "row N, field: what"; empty when the CSV is valid. */
  List<String> errors(String csv) {
    List<String> errors = new ArrayList<>();
    if (csv.startsWith("\uFEFF")) {
      errors.add("starts with a byte-order mark: the header's first name would not match");
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
      records = parser.getRecords();
    } catch (IOException | RuntimeException e) {
      errors.add("not a comma-separated file: " + e.getMessage());
      return errors;
    }
    if (records.isEmpty()) {
      errors.add("empty file");
      return errors;
    }
    List<String> header = records.get(0).toList();
    if (!header.equals(names())) {
      errors.add("header " + header + " is not " + names());
      return errors;
    }
    for (int r = 1; r < records.size(); r++) {
      CSVRecord record = records.get(r);
      if (record.size() != fields.size()) {
        errors.add("row " + r + ": " + record.size() + " values for " + fields.size() + " fields");
        continue;
      }
      for (int i = 0; i < fields.size(); i++) {
        check(fields.get(i), record.get(i), "row " + r + ", " + header.get(i), errors);
      }
    }
    return errors;
  }

  private static void check(JsonNode field, String value, String where, List<String> errors) {
    JsonNode constraints = field.path("constraints");
    if (value.isEmpty()) {
      if (constraints.path("required").asBoolean(false)) {
        errors.add(where + ": required");
      }
      return;
    }
    String type = field.path("type").asText("string");
    boolean typed =
        switch (type) {
          case "year" -> YEAR.matcher(value).matches();
          case "number" -> NUMBER.matcher(value).matches();
          case "integer" -> INTEGER.matcher(value).matches();
          case "string" -> true;
          default -> {
            errors.add(where + ": type " + type + " is not checked by this test");
            yield false;
          }
        };
    if (!typed) {
      errors.add(where + ": '" + value + "' is not a " + type);
      return;
    }
    if (constraints.has("enum")) {
      List<String> allowed = new ArrayList<>();
      constraints.get("enum").forEach(v -> allowed.add(v.asText()));
      if (!allowed.contains(value)) {
        errors.add(where + ": '" + value + "' is not in the enum");
      }
    }
    if (constraints.has("pattern")
        && !Pattern.compile(constraints.get("pattern").asText()).matcher(value).matches()) {
      errors.add(where + ": '" + value + "' does not match " + constraints.get("pattern"));
    }
    if (constraints.has("minimum")
        && new BigDecimal(value).compareTo(constraints.get("minimum").decimalValue()) < 0) {
      errors.add(where + ": " + value + " is below " + constraints.get("minimum"));
    }
  }

  /** Boucle's own rule, which the schema does not state: reuse + donations + recycled ≤ total. */
  static List<String> partsOverTotal(String csv) {
    List<String> errors = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      for (CSVRecord r : parser) {
        BigDecimal parts =
            new BigDecimal(r.get("montant_reemploi_et_reutilisation"))
                .add(new BigDecimal(r.get("montant_produits_issus_don")))
                .add(new BigDecimal(r.get("montant_produits_recycles")));
        if (parts.compareTo(new BigDecimal(r.get("montant_total"))) > 0) {
          errors.add(r.get("annee") + " " + r.get("type_produit_acquis") + ": parts " + parts);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }
}
