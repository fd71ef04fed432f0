package fr.boucle.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class TaggedPdfTest {

  @Test
  void veraPdfRefusesAPdfWithoutTags() throws Exception {
    ByteArrayOutputStream untagged = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setTitle("Bon de commande");
      doc.save(untagged);
    }

    assertThat(TaggedPdf.pdfUaFailures(untagged.toByteArray()))
        .anyMatch(rule -> rule.startsWith("6.2-1 ") && rule.contains("MarkInfo"))
        .anyMatch(rule -> rule.startsWith("7.1-11 ") && rule.contains("StructTreeRoot"));
  }
}
