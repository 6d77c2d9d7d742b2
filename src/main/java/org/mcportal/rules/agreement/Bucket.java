package org.mcportal.rules.agreement;

import java.time.Instant;

/** A value for the half-open period [start, end). */
public record Bucket<T>(Instant start, Instant end, T value) {}
