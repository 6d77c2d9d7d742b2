package org.mcportal.reporting.badge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * A badge image with the credential baked in, as Open Badges 3.0 bakes PNGs: one {@code iTXt} chunk
 * with the keyword {@code openbadgecredential}, uncompressed, holding the signed credential, placed
 * right after the header chunk.
 */
final class BakedPng {

  static final String KEYWORD = "openbadgecredential";
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private BakedPng() {}

  static byte[] bake(String credential, String label) {
    return insertAfterHeader(image(label), itxt(KEYWORD, credential));
  }

  /** The text of the first {@code iTXt} chunk with the keyword, or null. */
  static String read(byte[] png) {
    ByteBuffer buffer = ByteBuffer.wrap(png);
    buffer.position(SIGNATURE.length);
    while (buffer.remaining() >= 12) {
      int length = buffer.getInt();
      byte[] type = new byte[4];
      buffer.get(type);
      byte[] data = new byte[length];
      buffer.get(data);
      buffer.getInt();
      if ("iTXt".equals(new String(type, StandardCharsets.US_ASCII))) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\0');
        if (end > 0 && KEYWORD.equals(text.substring(0, end))) {
          // keyword NUL, compression flag, method, language NUL, translated keyword NUL, text
          int language = end + 3;
          int afterLanguage = text.indexOf('\0', language) + 1;
          int afterTranslated = text.indexOf('\0', afterLanguage) + 1;
          return new String(
              data, afterTranslated, data.length - afterTranslated, StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static byte[] image(String label) {
    int size = 256;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0x1f, 0x4e, 0x79));
      g.fillOval(8, 8, size - 16, size - 16);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(6));
      g.drawOval(24, 24, size - 48, size - 48);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
      String text = label.length() > 8 ? label.substring(0, 8) : label;
      int width = g.getFontMetrics().stringWidth(text);
      g.drawString(text, (size - width) / 2, size / 2 + 14);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] itxt(String keyword, String text) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
    data.write(0); // end of keyword
    data.write(0); // not compressed
    data.write(0); // compression method
    data.write(0); // no language tag
    data.write(0); // no translated keyword
    data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return chunk("iTXt", data.toByteArray());
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    return chunk.array();
  }

  private static byte[] insertAfterHeader(byte[] png, byte[] chunk) {
    // The signature, then IHDR: 4 bytes length, 4 type, 13 data, 4 CRC.
    int afterHeader = SIGNATURE.length + 4 + 4 + 13 + 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.length);
    out.write(png, 0, afterHeader);
    out.writeBytes(chunk);
    out.write(png, afterHeader, png.length - afterHeader);
    return out.toByteArray();
  }
}
