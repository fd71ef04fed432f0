package fr.boucle.stockimport;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Why one line of an import file was rejected.
 *
 * @param line the line in the file (the header is line 1; for XLSX, the sheet's row number)
 * @param column the file's column header, or the listing field when no column fills it
 * @param field the listing field the column fills
 * @param value the value found in the cell
 * @param reason what is wrong with it
 */
@Serdeable
public record LineError(int line, String column, String field, String value, String reason) {}
