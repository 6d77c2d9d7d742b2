package org.mcportal.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * How a page answers a form that a service refused: the same form again, with what the person typed
 * and the refusal's errors by field, under the refusal's status (422, 409...). Which refusals a
 * form can show is decided by their problem type, never by their text or status; any other problem
 * goes on to the error pages.
 *
 * <pre>{@code
 * private static final FormRetry RETRY =
 *     FormRetry.of(FIELDS, IdentityProblems.INVALID, IdentityProblems.EMAIL_TAKEN);
 *
 * return RETRY.attempt(
 *     () -> { service.change(...); return PageResponses.seeOther("/done").build(); },
 *     errors -> Templates.form(pages.context(), typed, errors));
 * }</pre>
 */
public final class FormRetry {

  private final FormErrors.Fields fields;
  private final Set<String> shown;

  private FormRetry(FormErrors.Fields fields, Set<String> shown) {
    this.fields = fields;
    this.shown = shown;
  }

  /**
   * Retries forms with these fields on refusals of these problem types (the slugs a feature's
   * problem factory publishes).
   */
  public static FormRetry of(FormErrors.Fields fields, String... problemTypes) {
    return new FormRetry(fields, Set.copyOf(List.of(problemTypes)));
  }

  /** Whether the form shows this problem rather than an error page. */
  public boolean shows(Problem problem) {
    return shown.stream().anyMatch(problem::hasType);
  }

  /** The problem's messages sorted onto this form's fields. */
  public FormErrors errors(Problem problem) {
    return FormErrors.from(problem, fields);
  }

  /**
   * Runs the change and answers with its response; when a service refuses it with one of this
   * form's problem types, answers with {@code form} rendered with the errors, under the problem's
   * status.
   */
  public Response attempt(Supplier<Response> change, Function<FormErrors, TemplateInstance> form) {
    return attempt(change, (problem, errors) -> form.apply(errors));
  }

  /** The same, for a form that also reads the problem itself, for example to branch on its type. */
  public Response attempt(
      Supplier<Response> change, BiFunction<Problem, FormErrors, TemplateInstance> form) {
    try {
      return change.get();
    } catch (ProblemException e) {
      Problem problem = e.problem();
      if (!shows(problem)) {
        throw e;
      }
      return PageResponses.html(problem.status(), form.apply(problem, errors(problem))).build();
    }
  }
}
