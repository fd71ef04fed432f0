package fr.boucle.insertion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file a declaration of insertion hours takes (a timesheet, an attestation of
 * the facilitator, a scan), told by the file's first bytes, never by its name or the type the
 * browser announced.
 */
public enum EvidenceType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  /** The largest evidence file: 10 MB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final String mediaType;
  private final byte[] magic;

  EvidenceType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type announced by a file's first bytes, if it is one we take. */
  public static Optional<EvidenceType> sniff(byte[] content) {
    for (EvidenceType type : values()) {
      if (content.length >= type.magic.length
          && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public static Optional<EvidenceType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }
}
