package org.mcportal.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Client addresses for tests that sign in. The test profile trusts X-Forwarded-For from the
 * loopback address, so each test can stand for a client of its own and the per-address sign-in
 * ceiling does not mix up unrelated tests.
 */
public final class ClientAddresses {

  private ClientAddresses() {}

  /** A loopback address unlikely to be drawn again in the same run. */
  public static String someAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127."
        + random.nextInt(1, 255)
        + "."
        + random.nextInt(0, 256)
        + "."
        + random.nextInt(1, 255);
  }
}
