package org.mcportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads a PDF back as a reader's tools do: poppler's pdftotext and pdffonts, and qpdf --check. */
public final class PdfText {

  private PdfText() {}

  /** The text pdftotext recovers, with line breaks and runs of spaces made single spaces. */
  public static String text(byte[] pdf, String name) throws IOException, InterruptedException {
    return flat(run(pdf, name, "pdftotext", "-enc", "UTF-8", "{}", "-"));
  }

  /** qpdf's verdict on the file's structure: zero when sound. */
  public static int qpdfCheck(byte[] pdf) throws IOException, InterruptedException {
    Path file = write(pdf, "checked");
    Process process =
        new ProcessBuilder(List.of("qpdf", "--check", file.toString()))
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  /** pdffonts' table, one line per font: name, type, encoding, then "emb", "sub", "uni" yes/no. */
  public static List<String> fonts(byte[] pdf) throws IOException, InterruptedException {
    String out = run(pdf, "fonts", "pdffonts", "{}");
    List<String> lines = new ArrayList<>(List.of(out.split("\\R")));
    // The two header lines, then one line per font.
    return lines.size() <= 2 ? List.of() : lines.subList(2, lines.size());
  }

  private static String run(byte[] pdf, String name, String... command)
      throws IOException, InterruptedException {
    Path file = write(pdf, name);
    List<String> args = new ArrayList<>();
    for (String part : command) {
      args.add(part.equals("{}") ? file.toString() : part);
    }
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private static Path write(byte[] pdf, String name) throws IOException {
    Path dir = Path.of("target", "report-pdfs");
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, name, ".pdf");
    Files.write(file, pdf);
    return file;
  }

  /** Compatibility normalization, no directional marks, single spaces. */
  public static String flat(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\u202A-\u202E\u2066-\u2069]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
