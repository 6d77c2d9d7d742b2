package org.mcportal.reporting.badge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The W3C Bitstring Status List: one bit per badge, set when it is revoked, GZIP-compressed and
 * written as multibase base64url (a leading {@code u}). The first index is the left-most bit of the
 * first byte. 131,072 entries, the specification's minimum, so that a list says little about how
 * many badges exist.
 */
final class StatusList {

  static final int SIZE = 131_072;

  private StatusList() {}

  static String encode(Collection<Integer> setIndexes) {
    byte[] bits = new byte[SIZE / 8];
    for (int index : setIndexes) {
      if (index < 0 || index >= SIZE) {
        throw new IllegalArgumentException("status index out of the list: " + index);
      }
      bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  static boolean isSet(String encodedList, int index) {
    if (encodedList == null || !encodedList.startsWith("u")) {
      throw new IllegalArgumentException("not a multibase base64url list");
    }
    byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      byte[] bits = in.readNBytes(SIZE / 8 + 1);
      if (index < 0 || index / 8 >= bits.length) {
        throw new IllegalArgumentException("status index out of the list: " + index);
      }
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new IllegalArgumentException("the status list is not GZIP data", e);
    }
  }
}
