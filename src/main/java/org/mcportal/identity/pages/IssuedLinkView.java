package org.mcportal.identity.pages;

import java.time.Instant;

/**
 * An invitation or reset link just made, shown once to the admin who made it.
 *
 * @param mailed whether the link went out by mail; when not, the admin passes it on by hand
 */
record IssuedLinkView(
    long accountId,
    String displayName,
    String email,
    String url,
    Instant expiresAt,
    boolean reset,
    boolean mailed) {}
