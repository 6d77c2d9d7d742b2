package org.mcportal.reporting;

/**
 * Cells safe to open in a spreadsheet. A cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return can be read as a formula by Excel, LibreOffice or Google
 * Sheets, so text written by educators or assessors could run as one on an admin's machine. Such a
 * cell gets a leading single quote, which spreadsheets show as text and people read past.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }
}
