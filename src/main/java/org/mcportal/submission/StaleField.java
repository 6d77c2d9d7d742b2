package org.mcportal.submission;

import java.time.Instant;

/** RFC 9457 problem with the members a client needs to merge or choose. */
public record StaleField(
    String type,
    String title,
    int status,
    String detail,
    String key,
    String currentText,
    long currentVersion,
    Instant updatedAt) {}
