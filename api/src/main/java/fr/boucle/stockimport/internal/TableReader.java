package fr.boucle.stockimport.internal;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of one file format; {@link TableFile} picks the reader of a file's format. */
interface TableReader {

  /**
   * Streams the rows, the header row included; blank rows are skipped. While {@code inspecting} (at
   * upload), a malformed file becomes a problem naming the file; afterwards it is a failure.
   */
  void read(
      Path file,
      TableFile.Shape shape,
      TableFile.Limits limits,
      TableFile.RowHandler handler,
      boolean inspecting)
      throws IOException;
}
