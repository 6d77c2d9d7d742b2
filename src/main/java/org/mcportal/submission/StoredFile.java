package org.mcportal.submission;

/** An uploaded file as it was received. */
public record StoredFile(String fileName, String mediaType, byte[] bytes) {}
