package org.mcportal.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every API call of the test suite to the document the portal publishes at {@code
 * /q/openapi}. A response the document does not allow fails the test. A request the document does
 * not allow (a test sending a malformed or unauthenticated request on purpose) must be refused with
 * a 4xx the document describes; if the portal accepts it, the document and the code disagree. Page
 * routes are not in the document and pass untouched.
 */
public final class ApiContract implements OrderedFilter {

  public static final ApiContract INSTANCE = new ApiContract();

  private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REPORTED_PATH = Pattern.compile("\\[Path '([^']*)'\\]");

  private ApiContract() {}

  /** The paths the document covers; the same rule the portal's document filter applies. */
  public static boolean published(String path) {
    if (path.startsWith(TEST_FIXTURES)) {
      return false;
    }
    return path.startsWith("/api/") || path.startsWith("/.well-known/");
  }

  /**
   * Endpoints that exist only in the test build, to provoke the framework's own refusals (405, 406,
   * bean validation); {@code ApiErrorsTest} checks each of those bodies itself. They are not part
   * of the API a client is promised.
   */
  private static final String TEST_FIXTURES = "/api/fixtures/";

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    if (!published(uri.getPath())) {
      return response;
    }
    OpenApiInteractionValidator validator = validatorFor(uri.resolve("/q/openapi?format=json"));
    ValidationReport requestReport =
        withoutUnreadMultipartBody(validator.validateRequest(withCookies(request)), request);
    ValidationReport responseReport =
        validator.validateResponse(
            uri.getPath(),
            Request.Method.valueOf(request.getMethod().toUpperCase()),
            RestAssuredResponse.of(response));
    String verdict =
        verdict(
            requestReport,
            response.statusCode(),
            response.contentType(),
            responseReport,
            response.asString());
    if (verdict != null) {
      throw new AssertionError(
          request.getMethod()
              + " "
              + uri.getPath()
              + " -> "
              + response.statusCode()
              + ": "
              + verdict);
    }
    return response;
  }

  /**
   * The validator's adapter leaves out cookies set with REST Assured's {@code cookie(...)}, so a
   * request authenticated by the session cookie would look unauthenticated; they are added back as
   * the Cookie header they are sent as.
   */
  private static Request withCookies(FilterableRequestSpecification spec) {
    Request adapted = RestAssuredRequest.of(spec);
    if (spec.getCookies().size() == 0) {
      return adapted;
    }
    SimpleRequest.Builder copy = new SimpleRequest.Builder(adapted.getMethod(), adapted.getPath());
    adapted.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
    String cookies =
        spec.getCookies().asList().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    copy.withHeader("Cookie", cookies);
    for (String name : adapted.getQueryParameters()) {
      copy.withQueryParam(name, List.copyOf(adapted.getQueryParameterValues(name)));
    }
    adapted.getRequestBody().ifPresent(copy::withBody);
    return copy.build();
  }

  /**
   * The validator's adapter does not read a multipart body, so an upload looks as if it had none.
   * The parts are checked by the portal's own tests; only that false report is dropped.
   */
  private static ValidationReport withoutUnreadMultipartBody(
      ValidationReport report, FilterableRequestSpecification spec) {
    if (spec.getMultiPartParams().isEmpty()) {
      return report;
    }
    return ValidationReport.from(
        report.getMessages().stream()
            .filter(m -> !m.getKey().equals("validation.request.body.missing"))
            .toList());
  }

  /**
   * Why the exchange breaks the contract, or null when it keeps it: the response must be one the
   * document allows, and a request the document refuses must not succeed. An address under /api
   * that the document does not name has no operation to check against; it must answer 404 with a
   * problem, as the document's description says.
   */
  static String verdict(
      ValidationReport request,
      int status,
      String contentType,
      ValidationReport response,
      String responseBody) {
    if (request.getMessages().stream()
        .anyMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
      boolean problem = contentType != null && contentType.startsWith("application/problem+json");
      return status == 404 && problem
          ? null
          : "an address the document does not name answered " + status + " " + contentType;
    }
    response = withoutNullsInNullableReferences(response, responseBody);
    if (response.hasErrors()) {
      return "the response is not what the document allows: " + describe(response);
    }
    if (request.hasErrors() && status < 400) {
      return "the document refuses this request, but the portal accepted it: " + describe(request);
    }
    return null;
  }

  /**
   * The validator does not apply {@code nullable} to a schema that wraps a reference in {@code
   * allOf}, which is how OpenAPI 3.0 writes a nullable reference, so such a member being null is
   * reported as an {@code allOf} mismatch. Those reports are dropped when the member is in fact
   * null; any other mismatch inside the reference is still reported.
   */
  static ValidationReport withoutNullsInNullableReferences(ValidationReport report, String body) {
    JsonNode json;
    try {
      json = body == null || body.isEmpty() ? null : JSON.readTree(body);
    } catch (IOException e) {
      return report;
    }
    JsonNode document = json;
    List<ValidationReport.Message> kept =
        report.getMessages().stream()
            .filter(
                m -> !(m.getKey().endsWith(".schema.allOf") && nullAt(document, m.getMessage())))
            .toList();
    return ValidationReport.from(kept);
  }

  private static boolean nullAt(JsonNode document, String message) {
    Matcher path = REPORTED_PATH.matcher(message);
    return document != null && path.find() && document.at(path.group(1)).isNull();
  }

  private static String describe(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(
            m ->
                m.getKey()
                    + " "
                    + m.getMessage()
                    + (m.getNestedMessages().isEmpty()
                        ? ""
                        : " " + m.getNestedMessages().stream().map(n -> n.getMessage()).toList()))
        .collect(Collectors.joining("; "));
  }

  static OpenApiInteractionValidator validatorFor(URI document) {
    return VALIDATORS.computeIfAbsent(
        document,
        uri -> OpenApiInteractionValidator.createForInlineApiSpecification(fetch(uri)).build());
  }

  private static String fetch(URI uri) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("No API document at " + uri + ": " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Last, so that it sees the request as sent, with every header other filters add. */
  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }
}
