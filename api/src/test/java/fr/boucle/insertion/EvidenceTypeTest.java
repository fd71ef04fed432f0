package fr.boucle.insertion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

  @Test
  void tellsPdfJpegAndPngByTheirFirstBytes() {
    assertThat(EvidenceType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .contains(EvidenceType.PDF);
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}))
        .contains(EvidenceType.JPEG);
    assertThat(
            EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
        .contains(EvidenceType.PNG);
    assertThat(EvidenceType.PNG.mediaType()).isEqualTo("image/png");
  }

  @Test
  void refusesAnythingElseWhateverItsName() {
    assertThat(EvidenceType.sniff("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(EvidenceType.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(EvidenceType.sniff(new byte[0])).isEmpty();
    assertThat(EvidenceType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }
}
