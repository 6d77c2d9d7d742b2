import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The ceiling of P4: openhtmltopdf alone, in a JVM of its own, laying out the XHTML the portal
 * rendered for a report, with the same builder settings and the same font files as the portal's
 * PdfLayout, and nothing else of the portal on the way.
 *
 * <p>Arguments: the XHTML file, the directory of the fonts, warm-up renders, measured renders,
 * seconds of the two-thread throughput run, and optionally the portal's PDF of the same report
 * (its page count is compared with the bare render's).
 *
 * <p>Prints one line: "median_ms min_ms max_ms renders_per_s_2_threads pages portal_pages bytes".
 */
public class BareRender {

  public static void main(String[] args) throws Exception {
    // The library's own timing lines would otherwise be written to the console on every render.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    String xhtml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path fonts = Path.of(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    byte[] pdf = null;
    for (int i = 0; i < warmup; i++) {
      pdf = render(xhtml, fonts);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      pdf = render(xhtml, fonts);
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    double median =
        times.size() % 2 == 1
            ? times.get(times.size() / 2)
            : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
    // Throughput with two threads, as wrk drives the portal with two connections on two cores.
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < until) {
                  render(xhtml, fonts);
                  done.incrementAndGet();
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double rate = done.get() / ((System.nanoTime() - started) / 1e9);
    int pages = pages(pdf);
    int portalPages = args.length > 5 ? pages(Files.readAllBytes(Path.of(args[5]))) : -1;
    System.out.printf(
        java.util.Locale.ROOT,
        "%.1f %.1f %.1f %.2f %d %d %d%n",
        median,
        times.get(0),
        times.get(times.size() - 1),
        rate,
        pages,
        portalPages,
        pdf.length);
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** The same steps as the portal's PdfLayout.render(xhtml), without SVG. */
  static byte[] render(String xhtml, Path fonts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    font(builder, fonts, "NotoSans-Regular.ttf", "Noto Sans", 400);
    font(builder, fonts, "NotoSans-Bold.ttf", "Noto Sans", 700);
    font(builder, fonts, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
    font(builder, fonts, "NotoEmoji-Regular.ttf", "Noto Emoji", 400);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void font(
      PdfRendererBuilder builder, Path fonts, String file, String family, int weight) {
    builder.useFont(
        () -> {
          try {
            return new FileInputStream(fonts.resolve(file).toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        family,
        weight,
        FontStyle.NORMAL,
        true);
  }
}
