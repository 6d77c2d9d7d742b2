package org.mcportal.rules;

/**
 * The people a part's evidence is about: in the home-visits credential, three students named only
 * by pseudonym.
 *
 * @param label singular noun used in messages ("student")
 * @param plural plural noun ("students")
 */
public record Subjects(int count, String label, String plural, String instructions) {}
