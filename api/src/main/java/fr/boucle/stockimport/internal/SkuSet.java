package fr.boucle.stockimport.internal;

import java.nio.charset.StandardCharsets;

/**
 * The SKUs already seen in a file and the line of each, in 12 bytes per SKU (a 64-bit hash and a
 * line number in open-addressing arrays) rather than a string map, so that finding duplicates in a
 * 100,000-line file costs about a megabyte.
 */
final class SkuSet {

  private long[] hashes = new long[1024];
  private int[] lines = new int[1024];
  private int size;

  /** Remembers the SKU at this line; answers the line that had it first, or 0. */
  int addOrFirstLine(String sku, int line) {
    long h = hash(sku);
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    int mask = hashes.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    lines[i] = line;
    if (++size * 2 > hashes.length) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    hashes = new long[oldHashes.length * 2];
    lines = new int[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int k = 0; k < oldHashes.length; k++) {
      long h = oldHashes[k];
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = oldLines[k];
      }
    }
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, mixed. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
