package org.mcportal.rules;

/**
 * The people a part's evidence is about, named only by pseudonym: three students, four learners.
 *
 * @param label singular noun used in messages ("student")
 * @param plural plural noun ("students")
 */
public record Subjects(int count, String label, String plural, String instructions) {

  public Noun noun() {
    return new Noun(label, plural);
  }
}
