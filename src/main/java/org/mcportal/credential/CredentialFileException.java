package org.mcportal.credential;

import java.util.ArrayList;
import java.util.List;

/**
 * Credential files that cannot be used. Its message names each file, the place inside it and what
 * is wrong, one problem a line, because it is what an operator reads when start-up stops and what
 * an author reads from the validation command.
 */
public class CredentialFileException extends RuntimeException {

  private final List<String> problems;
  private final List<String> lines;

  public CredentialFileException(String file, List<String> problems) {
    this(problems, problems.stream().map(p -> file + ": " + p).toList());
  }

  private CredentialFileException(List<String> problems, List<String> lines) {
    super(format(lines));
    this.problems = List.copyOf(problems);
    this.lines = List.copyOf(lines);
  }

  /** The problems of several files together, so that one run reports every file at once. */
  public static CredentialFileException of(List<CredentialFileException> failures) {
    List<String> problems = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    failures.forEach(
        f -> {
          problems.addAll(f.problems());
          lines.addAll(f.lines());
        });
    return new CredentialFileException(problems, lines);
  }

  /** The problems without the file name: "at /parts/0/words: ...". */
  public List<String> problems() {
    return problems;
  }

  /** One line per problem, each starting with the file's name. */
  public List<String> lines() {
    return lines;
  }

  private static String format(List<String> lines) {
    StringBuilder message = new StringBuilder("Credential files are invalid:");
    lines.forEach(line -> message.append("\n  ").append(line));
    return message.toString();
  }
}
