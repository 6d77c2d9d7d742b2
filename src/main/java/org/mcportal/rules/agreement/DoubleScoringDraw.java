package org.mcportal.rules.agreement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Decides whether a submission's attempt is drawn for double scoring when a credential double
 * scores a share of its work.
 *
 * <p>The draw is a position in [0, 1) read from the SHA-256 digest of the program's seed, the
 * submission id and the attempt number; the attempt is drawn when its position is below the share.
 * So the same inputs always give the same draw, anyone holding the seed can recompute and audit it,
 * the positions are uniform and independent across submissions as far as SHA-256 is a good hash,
 * and raising the share later keeps every attempt drawn before.
 */
public final class DoubleScoringDraw {

  /** 2^-53: turns the top 53 bits of the digest into a double in [0, 1) without rounding. */
  private static final double UNIT = 0x1.0p-53;

  private DoubleScoringDraw() {}

  /**
   * @param share the share to double score, from 0 (none) to 1 (all)
   */
  public static Draw draw(String seed, String submissionId, int attempt, double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("a share is between 0 and 1: " + share);
    }
    double position = position(seed, submissionId, attempt);
    return new Draw(position, share, position < share);
  }

  /** The attempt's place in [0, 1), the same on every machine and every run. */
  public static double position(String seed, String submissionId, int attempt) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
    // Each part is length-prefixed, so ("ab", "c") and ("a", "bc") cannot hash alike.
    for (String part : new String[] {seed, submissionId, Integer.toString(attempt)}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha256.update(bytes);
    }
    long top = ByteBuffer.wrap(sha256.digest()).getLong();
    return (top >>> 11) * UNIT;
  }

  /**
   * The record to keep of a draw.
   *
   * @param position the attempt's place in [0, 1)
   * @param share the share in force when it was drawn
   * @param drawn whether it is double scored: position below share
   */
  public record Draw(double position, double share, boolean drawn) {}
}
