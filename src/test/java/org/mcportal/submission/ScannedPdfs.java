package org.mcportal.submission;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs whose only page is a picture, as a scanner makes them: no text layer at all. */
final class ScannedPdfs {

  private static final int WIDTH = 1700;
  private static final int HEIGHT = 2200;

  private ScannedPdfs() {}

  /** A page of printed lines, pictured at 200 dpi. */
  static byte[] printed(String... lines) {
    BufferedImage image = blankPage();
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
    int y = 300;
    for (String line : lines) {
      g.drawString(line, 150, y);
      y += 90;
    }
    g.dispose();
    return pdfOf(image);
  }

  /** A page of random specks: nothing to recognise. */
  static byte[] noise() {
    BufferedImage image = blankPage();
    Random random = new Random(7);
    for (int i = 0; i < 40_000; i++) {
      image.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), 0x000000);
    }
    return pdfOf(image);
  }

  private static BufferedImage blankPage() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.dispose();
    return image;
  }

  private static byte[] pdfOf(BufferedImage image) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      PDImageXObject picture = LosslessFactory.createFromImage(document, image);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(
            picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
