package org.mcportal.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small kit of charts drawn on the server as SVG: horizontal bars and stacked horizontal bars.
 * Nothing runs in the browser and nothing loads from elsewhere, so a chart prints as it shows.
 *
 * <p>Every chart has a title, axis labels and the value written beside each bar, uses the Okabe–Ito
 * colours (distinguishable with the common colour-vision deficiencies, and in grey on paper thanks
 * to the printed values), and comes with the same figures as a table for screen readers and for
 * anyone who prefers numbers.
 */
public final class Charts {

  /** Okabe & Ito's palette, without its black, in an order that keeps neighbours apart. */
  public static final List<String> PALETTE =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");

  private static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 200;
  private static final int BAR_HEIGHT = 22;
  private static final int GAP = 10;
  private static final int TOP = 40;
  private static final int VALUE_ROOM = 60;

  private Charts() {}

  /** A chart and its table alternative. */
  public record Chart(String id, String title, String svg, Table table) {}

  /** The same figures as rows, the first cell of each naming the row. */
  public record Table(String caption, List<String> headers, List<List<String>> rows) {}

  public record Bar(String label, double value, String shown) {
    public Bar(String label, long value) {
      this(label, value, Long.toString(value));
    }
  }

  public record Stack(String label, List<Long> values) {}

  /**
   * Horizontal bars, one per category.
   *
   * @param xLabel what the bars measure, under the axis
   * @param yLabel what the categories are, above them
   */
  public static Chart bars(String id, String title, String yLabel, String xLabel, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int plot = WIDTH - LABEL_WIDTH - VALUE_ROOM - 20;
    int height = TOP + bars.size() * (BAR_HEIGHT + GAP) + 50;
    StringBuilder svg = open(id, title, height);
    axes(svg, yLabel, xLabel, height, plot);
    int y = TOP;
    for (Bar bar : bars) {
      int length = max <= 0 ? 0 : (int) Math.round(bar.value() / max * plot);
      label(svg, bar.label(), y);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
              LABEL_WIDTH,
              y,
              length,
              BAR_HEIGHT,
              PALETTE.get(0)));
      text(svg, LABEL_WIDTH + length + 6, y + BAR_HEIGHT - 6, "start", bar.shown());
      y += BAR_HEIGHT + GAP;
    }
    svg.append("</svg>");
    List<List<String>> rows = new ArrayList<>();
    bars.forEach(b -> rows.add(List.of(b.label(), b.shown())));
    return new Chart(id, title, svg.toString(), new Table(title, List.of(yLabel, xLabel), rows));
  }

  /**
   * Horizontal bars split into series, with a legend; each segment's value is written inside it
   * when it fits, and every value is in the table.
   */
  public static Chart stacked(
      String id,
      String title,
      String yLabel,
      String xLabel,
      List<String> series,
      List<Stack> stacks) {
    long max =
        stacks.stream().mapToLong(s -> s.values().stream().mapToLong(v -> v).sum()).max().orElse(0);
    int plot = WIDTH - LABEL_WIDTH - VALUE_ROOM - 20;
    int legendRows = (series.size() + 2) / 3;
    int top = TOP + legendRows * 20;
    int height = top + stacks.size() * (BAR_HEIGHT + GAP) + 50;
    StringBuilder svg = open(id, title, height);
    for (int i = 0; i < series.size(); i++) {
      int x = LABEL_WIDTH + (i % 3) * 140;
      int ly = TOP - 8 + (i / 3) * 20;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>",
              x,
              ly - 11,
              colour(i)));
      text(svg, x + 20, ly, "start", series.get(i));
    }
    axesFrom(svg, yLabel, xLabel, height, plot, top);
    int y = top + 6;
    for (Stack stack : stacks) {
      label(svg, stack.label(), y);
      long total = stack.values().stream().mapToLong(v -> v).sum();
      int x = LABEL_WIDTH;
      for (int i = 0; i < stack.values().size(); i++) {
        long value = stack.values().get(i);
        int length = max <= 0 ? 0 : (int) Math.round((double) value / max * plot);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                    + " stroke=\"#ffffff\" stroke-width=\"1\"><title>%s: %d</title></rect>",
                x,
                y,
                length,
                BAR_HEIGHT,
                colour(i),
                escape(series.get(i)),
                value));
        String shown = Long.toString(value);
        if (value > 0 && length >= 8 * shown.length() + 6) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\">%s</text>",
                  x + length / 2,
                  y + BAR_HEIGHT - 6,
                  textColour(i),
                  shown));
        }
        x += length;
      }
      text(svg, x + 6, y + BAR_HEIGHT - 6, "start", Long.toString(total));
      y += BAR_HEIGHT + GAP;
    }
    svg.append("</svg>");
    List<String> headers = new ArrayList<>();
    headers.add(yLabel);
    headers.addAll(series);
    headers.add("Total");
    List<List<String>> rows = new ArrayList<>();
    for (Stack stack : stacks) {
      List<String> row = new ArrayList<>();
      row.add(stack.label());
      stack.values().forEach(v -> row.add(Long.toString(v)));
      row.add(Long.toString(stack.values().stream().mapToLong(v -> v).sum()));
      rows.add(row);
    }
    return new Chart(id, title, svg.toString(), new Table(title, headers, rows));
  }

  static String colour(int index) {
    return PALETTE.get(index % PALETTE.size());
  }

  /** White on the dark colours, black on the light ones, for a contrast of at least 4.5:1. */
  private static String textColour(int index) {
    String colour = colour(index);
    return colour.equals("#0072B2") || colour.equals("#D55E00") ? "#ffffff" : "#000000";
  }

  private static StringBuilder open(String id, String title, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"%s-title\""
                + " font-family=\"sans-serif\" font-size=\"13\">",
            WIDTH,
            height,
            WIDTH,
            height,
            escape(id)));
    svg.append("<title id=\"")
        .append(escape(id))
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\" fill=\"#000000\">%s</text>",
            escape(title)));
    return svg;
  }

  private static void axes(StringBuilder svg, String yLabel, String xLabel, int height, int plot) {
    axesFrom(svg, yLabel, xLabel, height, plot, TOP);
  }

  private static void axesFrom(
      StringBuilder svg, String yLabel, String xLabel, int height, int plot, int top) {
    int bottom = height - 36;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\"/>",
            LABEL_WIDTH,
            top - 4,
            LABEL_WIDTH,
            bottom));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\"/>",
            LABEL_WIDTH,
            bottom,
            LABEL_WIDTH + plot,
            bottom));
    text(svg, LABEL_WIDTH + plot / 2, height - 12, "middle", xLabel);
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-style=\"italic\" fill=\"#000000\">%s</text>",
            LABEL_WIDTH - 8,
            height - 12,
            escape(yLabel)));
  }

  private static void label(StringBuilder svg, String label, int y) {
    String shown = label.length() > 28 ? label.substring(0, 27) + "…" : label;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#000000\">%s<title>%s</title></text>",
            LABEL_WIDTH - 8,
            y + BAR_HEIGHT - 6,
            escape(shown),
            escape(label)));
  }

  private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#000000\">%s</text>",
            x,
            y,
            anchor,
            escape(text)));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
