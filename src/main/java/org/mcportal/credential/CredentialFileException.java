package org.mcportal.credential;

import java.util.List;

/**
 * A credential file that cannot be used. Its message names the file, the place inside it and what
 * is wrong, one problem a line, because it is what an operator reads when start-up stops.
 */
public class CredentialFileException extends RuntimeException {

  private final List<String> problems;

  public CredentialFileException(String file, List<String> problems) {
    super(format(file, problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String format(String file, List<String> problems) {
    StringBuilder message =
        new StringBuilder("Credential file ").append(file).append(" is invalid:");
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return message.toString();
  }
}
