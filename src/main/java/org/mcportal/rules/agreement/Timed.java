package org.mcportal.rules.agreement;

import java.time.Instant;

/** A value with the moment it belongs to, such as a rating pair and when its second score came. */
public record Timed<T>(Instant at, T value) {}
