package org.mcportal.rules;

/** A question the educator answers; {@code text} is the credential's wording, verbatim. */
public record Question(String id, int number, String text, String guidance) {}
