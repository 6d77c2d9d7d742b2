package org.mcportal.identity.pages;

import java.time.Instant;

/** An invitation or reset link just made, shown once to the admin who made it. */
record IssuedLinkView(
    long accountId,
    String displayName,
    String email,
    String url,
    Instant expiresAt,
    boolean reset) {}
