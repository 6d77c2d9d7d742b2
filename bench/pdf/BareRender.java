import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The ceiling of P4: openhtmltopdf alone, in a JVM of its own, laying out the XHTML the portal
 * rendered for a report, with the same builder settings and the same font files as the portal's
 * PdfLayout, and nothing else of the portal on the way.
 *
 * <p>Arguments: the XHTML file, the directory of the fonts, and which Noto Sans the portal's PDF
 * embeds ("NotoSans" or "NotoSansLGC", the prefix of its files). It then answers commands on
 * standard input, one line each, so that the harness can take the portal's request and the bare
 * render in turns and both meet the same machine:
 *
 * <ul>
 *   <li>{@code render}: one render; prints its milliseconds.
 *   <li>{@code rate SECONDS}: renders on two threads for that long, as wrk drives the portal with
 *       two connections on two cores; prints renders per second.
 *   <li>{@code pages PDF}: prints the pages of the last render, the pages of the given PDF (the
 *       portal's) and the bytes of the last render.
 * </ul>
 */
public class BareRender {

  public static void main(String[] args) throws Exception {
    // The library's own timing lines would otherwise be written to the console on every render.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    String xhtml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Path fonts = Path.of(args[1]);
    String notoSans = args[2];
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    byte[] pdf = null;
    String line;
    while ((line = commands.readLine()) != null) {
      String[] words = line.strip().split("\\s+", 2);
      switch (words[0]) {
        case "render" -> {
          long start = System.nanoTime();
          pdf = render(xhtml, fonts, notoSans);
          answer(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6));
        }
        case "rate" ->
            answer(
                String.format(
                    Locale.ROOT,
                    "%.2f",
                    rate(xhtml, fonts, notoSans, Integer.parseInt(words[1]))));
        case "pages" -> {
          byte[] last = pdf == null ? render(xhtml, fonts, notoSans) : pdf;
          answer(
              pages(last) + " " + pages(Files.readAllBytes(Path.of(words[1]))) + " " + last.length);
        }
        default -> answer("unknown command: " + line);
      }
    }
  }

  private static void answer(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static double rate(String xhtml, Path fonts, String notoSans, int seconds)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < 2; t++) {
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < until) {
                  render(xhtml, fonts, notoSans);
                  done.incrementAndGet();
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return done.get() / ((System.nanoTime() - started) / 1e9);
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** The same steps as the portal's PdfLayout.render(xhtml), without SVG. */
  static byte[] render(String xhtml, Path fonts, String notoSans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    font(builder, fonts, notoSans + "-Regular.ttf", "Noto Sans", 400);
    font(builder, fonts, notoSans + "-Bold.ttf", "Noto Sans", 700);
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
