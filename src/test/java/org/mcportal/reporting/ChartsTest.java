package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {

  @Test
  void aBarChartIsWellFormedSvgWithItsTitleAxisLabelsAndEveryValue() throws Exception {
    Charts.Chart chart =
        Charts.bars(
            "c1",
            "Submissions by status",
            "Status",
            "Submissions",
            List.of(new Charts.Bar("Earned", 12), new Charts.Bar("Submitted", 3)));

    Document svg = parse(chart.svg());
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Submissions by status");
    String text = svg.getDocumentElement().getTextContent();
    assertThat(text).contains("Status", "Submissions", "Earned", "12", "Submitted", "3");
    assertThat(chart.table().rows())
        .containsExactly(List.of("Earned", "12"), List.of("Submitted", "3"));
  }

  @Test
  void aStackedChartUsesTheOkabeItoColoursAndTotalsEachBarInItsTable() throws Exception {
    Charts.Chart chart =
        Charts.stacked(
            "c2",
            "Outcomes",
            "Attempt",
            "Released",
            List.of("Earned", "Not earned"),
            List.of(new Charts.Stack("Attempt 1", List.of(30L, 10L))));

    parse(chart.svg());
    assertThat(chart.svg()).contains("fill=\"#0072B2\"", "fill=\"#E69F00\"", ">40<");
    assertThat(chart.table().headers()).containsExactly("Attempt", "Earned", "Not earned", "Total");
    assertThat(chart.table().rows()).containsExactly(List.of("Attempt 1", "30", "10", "40"));
  }

  @Test
  void labelsAreEscapedAndNothingIsStyledInline() throws Exception {
    Charts.Chart chart =
        Charts.bars(
            "c3", "<script>&", "A \"label\"", "x", List.of(new Charts.Bar("<b>bold</b>", 1)));

    Document svg = parse(chart.svg());
    assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    assertThat(svg.getElementsByTagName("b").getLength()).isZero();
    assertThat(chart.svg()).doesNotContainPattern("\\sstyle=");
  }

  @Test
  void anEmptyChartStillDrawsItsAxes() throws Exception {
    Charts.Chart chart = Charts.bars("c4", "Nothing", "y", "x", List.of());
    assertThat(parse(chart.svg()).getElementsByTagName("line").getLength()).isEqualTo(2);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
