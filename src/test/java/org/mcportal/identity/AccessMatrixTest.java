package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix: every resource method of every {@code @Path} class under {@code org.mcportal},
 * found at test time, is called anonymously and with a real token for each role. What each caller
 * must get comes from the hand-written {@link AccessPolicy} table, never from the annotations under
 * test: where the table forbids the caller the answer must be 401 (anonymous) or 403, and where it
 * allows them the answer must be neither, nor a server error. An endpoint the table does not list
 * fails {@link #everyEndpointIsListedInTheHandWrittenPolicy}, so a new endpoint cannot go unjudged.
 */
@QuarkusTest
class AccessMatrixTest {

  private static final String ABSENT_ID = "999999999";
  private static final Set<Class<? extends Annotation>> RULES =
      Set.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

  @Inject TestIdentities ids;

  @ConfigProperty(name = "quarkus.security.jaxrs.deny-unannotated-endpoints")
  boolean denyUnannotated;

  enum Caller {
    ANONYMOUS(EnumSet.noneOf(Role.class)),
    EDUCATOR(EnumSet.of(Role.EDUCATOR)),
    ASSESSOR(EnumSet.of(Role.ASSESSOR)),
    ADMIN(EnumSet.of(Role.ADMIN)),
    LEAD(EnumSet.of(Role.LEAD)),
    EDUCATOR_AND_ASSESSOR(EnumSet.of(Role.EDUCATOR, Role.ASSESSOR));

    final Set<Role> roles;

    Caller(Set<Role> roles) {
      this.roles = roles;
    }
  }

  record Endpoint(
      String verb, String template, String path, Method method, Annotation rule, boolean form) {
    /** A page rather than an API: everything outside the API, operations and well-known paths. */
    boolean page() {
      return !path.startsWith("/api/")
          && !path.startsWith("/q/")
          && !path.startsWith("/.well-known/");
    }

    @Override
    public String toString() {
      return verb + " " + path;
    }
  }

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    List<String> undeclared =
        resourceMethods().stream()
            .filter(method -> rule(method).isEmpty())
            .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
            .toList();

    assertThat(undeclared)
        .as("endpoints without @RolesAllowed, @PermitAll or @Authenticated")
        .isEmpty();
    assertThat(denyUnannotated).as("an undeclared endpoint is refused at run time too").isTrue();
  }

  @Test
  void everyEndpointIsListedInTheHandWrittenPolicy() {
    List<String> unlisted =
        endpoints().stream()
            .filter(
                endpoint -> AccessPolicy.who(endpoint.verb() + " " + endpoint.template()) == null)
            .map(endpoint -> endpoint.verb() + " " + endpoint.template())
            .toList();

    assertThat(unlisted)
        .as("endpoints missing from AccessPolicy: add each with who may call it")
        .isEmpty();
  }

  @Test
  void everyRowOfThePolicyNamesAnEndpointThatExists() {
    Set<String> found =
        endpoints().stream()
            .map(endpoint -> endpoint.verb() + " " + endpoint.template())
            .collect(java.util.stream.Collectors.toSet());

    assertThat(AccessPolicy.TABLE.keySet())
        .as("rows of AccessPolicy whose endpoint is gone or renamed")
        .allMatch(found::contains);
  }

  @Test
  void theScanFindsTheKnownEndpoints() {
    List<String> found = endpoints().stream().map(Endpoint::toString).toList();

    assertThat(found)
        .contains(
            "POST /api/auth/login",
            "GET /api/admin/accounts",
            "POST /api/admin/invitations",
            "GET /api/credentials",
            "GET /.well-known/jwks.json",
            "POST /signin",
            "POST /signout",
            "POST /account/password",
            "GET /admin/accounts",
            "POST /admin/accounts/999999999/roles",
            "POST /invitation",
            "GET /assessment",
            "POST /assessment/reviews/999999999/claim",
            "GET /assessment/reviews/999999999",
            "POST /assessment/reviews/999999999/autosave",
            "GET /admin/assessment",
            "GET /admin/audit",
            "GET /submissions/999999999/results",
            "GET /api/admin/reports/submissions/999999999/attempts/999999999.pdf");
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryCaller() {
    List<long[]> accounts = new ArrayList<>();
    for (Caller caller : Caller.values()) {
      accounts.add(
          caller == Caller.ANONYMOUS
              ? null
              : new long[] {
                ids.account(
                        "matrix-" + caller.name().toLowerCase(), caller.roles.toArray(Role[]::new))
                    .id()
              });
    }
    return endpoints().stream()
        .flatMap(
            endpoint ->
                Arrays.stream(Caller.values())
                    .map(
                        caller ->
                            DynamicTest.dynamicTest(
                                endpoint + " as " + caller,
                                () -> check(endpoint, caller, accounts.get(caller.ordinal())))));
  }

  private void check(Endpoint endpoint, Caller caller, long[] account) {
    RequestSpecification request = given().redirects().follow(false);
    if (account != null) {
      // Minted per request: some allowed calls (sign-out) end the account's earlier tokens.
      request.header("Authorization", "Bearer " + ids.token(account[0]));
    }
    if (endpoint.form()) {
      String csrf = given().get("/api/auth/csrf").path("token");
      request.cookie(CsrfToken.COOKIE, csrf).header(CsrfToken.HEADER, csrf);
      if (consumesMultipart(endpoint.method())) {
        request.multiPart("file", "note.pdf", "%PDF-1.4".getBytes(), "application/pdf");
      } else {
        request.contentType(ContentType.URLENC).formParam(CsrfToken.PARAMETER, csrf);
      }
    } else if (takesJsonBody(endpoint.method())) {
      request.contentType(ContentType.JSON).body("{}");
    }
    var response = request.request(endpoint.verb(), endpoint.path());
    int status = response.statusCode();

    Expected expected = expected(endpoint, caller);
    String cell =
        endpoint + " as " + caller + " (" + endpoint.rule().annotationType().getSimpleName() + ")";
    switch (expected) {
      case UNAUTHORIZED -> {
        if (endpoint.page() && status == 303) {
          // A page sends an anonymous visitor to sign in rather than showing a bare 401.
          assertThat(response.header("Location")).as(cell).contains("/signin?next=");
        } else {
          assertThat(status).as(cell).isEqualTo(401);
        }
      }
      case FORBIDDEN -> assertThat(status).as(cell).isEqualTo(403);
      case ALLOWED -> assertThat(status).as(cell).isNotIn(401, 403).isLessThan(500);
    }
  }

  enum Expected {
    ALLOWED,
    UNAUTHORIZED,
    FORBIDDEN
  }

  /** The answer the hand-written policy table gives for this caller. */
  static Expected expected(Endpoint endpoint, Caller caller) {
    AccessPolicy.Who who = AccessPolicy.who(endpoint.verb() + " " + endpoint.template());
    assertThat(who)
        .as(endpoint.verb() + " " + endpoint.template() + " in AccessPolicy")
        .isNotNull();
    boolean signedIn = caller != Caller.ANONYMOUS;
    if (AccessPolicy.allows(who, caller.roles, signedIn)) {
      return Expected.ALLOWED;
    }
    return signedIn ? Expected.FORBIDDEN : Expected.UNAUTHORIZED;
  }

  static List<Endpoint> endpoints() {
    return resourceMethods().stream()
        .map(
            method ->
                new Endpoint(
                    verb(method).orElseThrow(),
                    template(method),
                    path(method),
                    method,
                    rule(method).orElseThrow(),
                    consumesForm(method)))
        .sorted(Comparator.comparing(Endpoint::toString))
        .toList();
  }

  static List<Method> resourceMethods() {
    List<Method> methods = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mcportal")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> resource = load(type.getName());
      for (Method method : resource.getDeclaredMethods()) {
        if (verb(method).isPresent()) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  /** Method-level rules override the class-level one, as in Quarkus. */
  static Optional<Annotation> rule(Method method) {
    return ruleOn(method).or(() -> ruleOn(method.getDeclaringClass()));
  }

  private static Optional<Annotation> ruleOn(AnnotatedElement element) {
    return Arrays.stream(element.getAnnotations())
        .filter(annotation -> RULES.contains(annotation.annotationType()))
        .findFirst();
  }

  private static Optional<String> verb(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(java.util.Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst();
  }

  /** The path as declared, each parameter reduced to its name in braces: {@code /x/{id}}. */
  static String template(Method method) {
    String base = method.getDeclaringClass().getAnnotation(Path.class).value();
    Path own = method.getAnnotation(Path.class);
    String joined = own == null ? base : strip(base) + "/" + own.value().replaceFirst("^/", "");
    String named = joined.replaceAll("\\{\\s*([A-Za-z]+)[^}]*}", "{$1}");
    return named.length() > 1 ? strip(named) : named;
  }

  private static String path(Method method) {
    return template(method).replaceAll("\\{[^}]*}", ABSENT_ID);
  }

  /**
   * The API's request bodies are records; an endpoint without one takes no body, and the API
   * document says so, so the contract check would rightly refuse a body sent to it.
   */
  private static boolean takesJsonBody(Method method) {
    return Arrays.stream(method.getParameterTypes()).anyMatch(Class::isRecord);
  }

  private static boolean consumesMultipart(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    return consumes != null
        && Arrays.stream(consumes.value())
            .anyMatch(t -> t.startsWith(MediaType.MULTIPART_FORM_DATA));
  }

  private static boolean consumesForm(Method method) {
    Consumes consumes =
        Optional.ofNullable(method.getAnnotation(Consumes.class))
            .orElse(method.getDeclaringClass().getAnnotation(Consumes.class));
    return consumes != null
        && Arrays.stream(consumes.value())
            .anyMatch(
                type ->
                    type.startsWith(MediaType.APPLICATION_FORM_URLENCODED)
                        || type.startsWith(MediaType.MULTIPART_FORM_DATA));
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
