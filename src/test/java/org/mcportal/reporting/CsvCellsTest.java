package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x.test\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1"
      })
  void aCellThatASpreadsheetWouldReadAsAFormulaGetsAQuoteInFront(String cell) {
    assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {"plain text,plain text", "a=b,a=b", "'quoted,'quoted", "E-7K2QM9XD4A,E-7K2QM9XD4A"})
  void anyOtherCellIsLeftAlone(String cell, String expected) {
    assertThat(CsvCells.neutralise(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {""})
  void anEmptyCellStaysEmpty(String cell) {
    assertThat(CsvCells.neutralise(cell)).isEmpty();
    assertThat(CsvCells.neutralise(null)).isNull();
  }
}
