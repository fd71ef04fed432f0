package fr.boucle.stockimport;

/** The kind of file an import reads, found from its content when it is uploaded. */
public enum ImportFormat {
  /** A CSV text file (UTF-8 with or without BOM, else Windows-1252; ';', ',' or tab). */
  CSV,
  /** The first sheet of an Excel workbook. */
  XLSX
}
