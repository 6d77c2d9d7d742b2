package org.mcportal.submission;

/**
 * A file of an attempt, for a blind download.
 *
 * @param name neutral, made from the field it stands for, never the name it was uploaded under
 */
public record AttemptFileContent(String name, String mediaType, byte[] bytes) {}
