package org.mcportal.reporting;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out an XHTML document as a PDF with the fonts shipped in the jar, so that a report reads the
 * same on every machine and its text (Vietnamese, Devanagari, Arabic, emoji included) can be copied
 * and searched: every font is embedded as a subset with its character map.
 *
 * <p>"Noto Sans" is the whole font only for a document with Devanagari in it. PDFBox shapes all of
 * a font's text by the first script in its substitution table that it supports, which for the whole
 * Noto Sans is Devanagari, and that shaping compiles a pattern per feature for every run of text:
 * most of a Latin report's layout time, for no change to a Latin glyph. Every other document gets
 * Noto Sans LGC, the same glyphs less Devanagari and without the substitution table, and lays out
 * the same pages several times faster.
 */
@ApplicationScoped
public class PdfLayout {

  /**
   * The font family list a template's CSS names; each falls back to the next for missing glyphs.
   */
  public static final String FAMILIES = "'Noto Sans', 'Noto Sans Arabic', 'Noto Emoji'";

  private static final String FONTS = "/pdf-fonts/";

  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  public byte[] render(String xhtml) {
    return render(xhtml, false);
  }

  /**
   * @param svg draw inline SVG (charts) as vectors; Batik is slow to start, so only the documents
   *     that carry charts pay for it
   */
  public byte[] render(String xhtml, boolean svg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    // Without these, Arabic is set left to right in isolated letter forms: unreadable, and text
    // extraction returns it reversed.
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    String notoSans = hasDevanagari(xhtml) ? "NotoSans" : "NotoSansLGC";
    font(builder, notoSans + "-Regular.ttf", "Noto Sans", 400);
    font(builder, notoSans + "-Bold.ttf", "Noto Sans", 700);
    font(builder, "NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400);
    font(builder, "NotoEmoji-Regular.ttf", "Noto Emoji", 400);
    if (svg) {
      // Without a drawer, inline SVG is dropped from the page.
      builder.useSVGDrawer(new BatikSVGDrawer());
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("a report could not be laid out", e);
    }
    return out.toByteArray();
  }

  /**
   * Whether the document has a code point of the blocks Noto Sans LGC leaves out, written as a
   * character or as a numeric character reference.
   */
  static boolean hasDevanagari(String xhtml) {
    if (xhtml.codePoints().anyMatch(PdfLayout::isDevanagari)) {
      return true;
    }
    Matcher reference = CHARACTER_REFERENCE.matcher(xhtml);
    while (reference.find()) {
      int codePoint =
          reference.group(1) != null
              ? Integer.parseInt(reference.group(1), 16)
              : Integer.parseInt(reference.group(2));
      if (isDevanagari(codePoint)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDevanagari(int codePoint) {
    if (!Character.isValidCodePoint(codePoint)) {
      return false;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.DEVANAGARI
        || block == Character.UnicodeBlock.DEVANAGARI_EXTENDED
        || block == Character.UnicodeBlock.VEDIC_EXTENSIONS;
  }

  private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
    builder.useFont(() -> open(file), family, weight, FontStyle.NORMAL, true);
  }

  private static InputStream open(String file) {
    InputStream in = PdfLayout.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("the font " + file + " is missing from the build");
    }
    return in;
  }
}
