package org.mcportal.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the API document the resources' annotations describe, with what holds for every
 * operation alike, so that no resource has to repeat it and none can forget it:
 *
 * <ul>
 *   <li>only the API is published: page routes render HTML for people, not for clients;
 *   <li>the roles SmallRye reads from {@code @RolesAllowed} become the portal's two ways to
 *       authenticate, with the roles listed in {@code x-roles}; a public operation says {@code
 *       security: []};
 *   <li>the refusals every operation of a kind can meet (401 and 403 when signed in, 400, 413 and
 *       415 with a body, 404 with a path parameter, 500 always) point at the problem responses of
 *       {@code META-INF/openapi.yaml};
 *   <li>schemas nothing refers to any more (the pages' template types) are dropped;
 *   <li>members that are not required may be null, as the API writes them, in a way OpenAPI 3.0
 *       tools understand.
 * </ul>
 *
 * <p>The contract test ({@code testing.ApiContract}) holds the code to the result.
 */
public class OpenApiDocument implements OASFilter {

  static final List<String> SCHEMES = List.of("bearer", "session");
  static final String ROLES_EXTENSION = "x-roles";

  private static final Set<PathItem.HttpMethod> UNSAFE =
      Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.DELETE);

  /** Whether a path belongs to the API, as opposed to the pages or the framework. */
  static boolean published(String path) {
    return path.startsWith("/api/") || path.startsWith("/.well-known/");
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() != null) {
      for (String path : List.copyOf(openApi.getPaths().getPathItems().keySet())) {
        if (!published(path)) {
          openApi.getPaths().removePathItem(path);
        }
      }
      openApi
          .getPaths()
          .getPathItems()
          .forEach(
              (path, item) ->
                  item.getOperations().forEach((method, operation) -> complete(method, operation)));
    }
    Components components = openApi.getComponents();
    if (components != null) {
      inlineNamedResponses(openApi);
      pruneSchemas(openApi);
      if (components.getSchemas() != null) {
        Map<String, Schema> schemas = components.getSchemas();
        Schema condition = schemas.get("Condition");
        if (condition != null) {
          describeCondition(condition);
        }
        schemas.values().forEach(schema -> allowNulls(schema, schemas));
      }
      pruneResponses(openApi);
      if (components.getSecuritySchemes() != null) {
        for (String scheme : List.copyOf(components.getSecuritySchemes().keySet())) {
          if (!SCHEMES.contains(scheme)) {
            components.removeSecurityScheme(scheme);
          }
        }
      }
    }
  }

  private static void complete(PathItem.HttpMethod method, Operation operation) {
    boolean secured = secure(operation);
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    // SmallRye's own 401 and 403 have no body; ours carry the problem.
    if (secured) {
      responses.addAPIResponse("401", reference("Unauthorized"));
      forbidden(responses);
    } else if (UNSAFE.contains(method)) {
      // A form post or a cookie-carrying write without the CSRF token, even where no sign-in is
      // needed (sign-in itself is protected against login CSRF).
      forbidden(responses);
    } else {
      responses.removeAPIResponse("403");
    }
    if (operation.getRequestBody() != null) {
      addIfAbsent(responses, "400", "BadRequest");
      addIfAbsent(responses, "413", "PayloadTooLarge");
      addIfAbsent(responses, "415", "UnsupportedMediaType");
    }
    if (hasPathParameter(operation)) {
      addIfAbsent(responses, "404", "NotFound");
    }
    addIfAbsent(responses, "500", "InternalError");
  }

  /**
   * Rewrites the requirement Quarkus derives from {@code @RolesAllowed} and {@code @Authenticated}
   * (on the first scheme of the document, with the roles as its list); answers whether the
   * operation needs a signed-in caller.
   */
  private static boolean secure(Operation operation) {
    List<String> roles = null;
    if (operation.getSecurity() != null) {
      for (SecurityRequirement requirement : operation.getSecurity()) {
        for (List<String> listed : requirement.getSchemes().values()) {
          roles = listed == null ? List.of() : listed;
        }
      }
    }
    if (roles == null) {
      operation.setSecurity(new ArrayList<>());
      return false;
    }
    List<SecurityRequirement> either = new ArrayList<>();
    for (String scheme : SCHEMES) {
      either.add(OASFactory.createSecurityRequirement().addScheme(scheme));
    }
    operation.setSecurity(either);
    List<String> listed = roles.isEmpty() ? List.of("any") : List.copyOf(roles);
    operation.addExtension(ROLES_EXTENSION, listed);
    String who =
        roles.isEmpty()
            ? "Any signed-in account."
            : "Roles: " + String.join(", ", roles) + " (any one of them).";
    operation.setDescription(
        operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
    return true;
  }

  private static boolean hasPathParameter(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
  }

  /**
   * A 403 the operation declares with our problem names its own refusals besides the generic ones,
   * so it is kept; SmallRye's bodiless one is replaced.
   */
  private static void forbidden(APIResponses responses) {
    APIResponse declared = responses.getAPIResponse("403");
    if (declared == null || declared.getRef() == null && declared.getContent() == null) {
      responses.addAPIResponse("403", reference("Forbidden"));
    }
  }

  private static void addIfAbsent(APIResponses responses, String status, String name) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, reference(name));
    }
  }

  private static APIResponse reference(String name) {
    return OASFactory.createAPIResponse().ref(name);
  }

  /**
   * A reference to a named response cannot carry its own description in OpenAPI 3.0 (siblings of
   * {@code $ref} are ignored), so a response that names its problem types more precisely becomes a
   * copy of the named one with that description.
   */
  private static void inlineNamedResponses(OpenAPI openApi) {
    Map<String, APIResponse> named = openApi.getComponents().getResponses();
    if (named == null || openApi.getPaths() == null) {
      return;
    }
    for (PathItem item : openApi.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getResponses() == null) {
          continue;
        }
        operation
            .getResponses()
            .getAPIResponses()
            .forEach(
                (status, response) -> {
                  if (response.getRef() == null || response.getDescription() == null) {
                    return;
                  }
                  APIResponse base =
                      named.get(
                          response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
                  if (base == null) {
                    return;
                  }
                  APIResponse copy =
                      OASFactory.createAPIResponse()
                          .description(response.getDescription())
                          .content(base.getContent())
                          .headers(base.getHeaders());
                  operation.getResponses().addAPIResponse(status, copy);
                });
      }
    }
  }

  /**
   * The API writes a record's absent members as {@code null} rather than leaving them out, so every
   * member a schema does not list as required may be null. OpenAPI 3.0 honours {@code nullable}
   * only beside a {@code type}, so a nullable reference (wrapped in {@code allOf}) gets the type of
   * what it refers to.
   */
  private static void allowNulls(Schema schema, Map<String, Schema> schemas) {
    if (schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> member : Map.copyOf(schema.getProperties()).entrySet()) {
      Schema property = member.getValue();
      if (required.contains(member.getKey())) {
        continue;
      }
      Schema target = wrappedReference(property, schemas);
      if (target != null) {
        // SmallRye's 3.0 writer drops a type beside allOf, and nullable without a type means
        // nothing in 3.0; so the member refers to the schema directly, and the schema admits null.
        // (Only the condition has no single type; it admits null already.)
        schema.addProperty(
            member.getKey(), OASFactory.createSchema().ref(property.getAllOf().get(0).getRef()));
        if (target.getType() != null && !target.getType().contains(Schema.SchemaType.NULL)) {
          List<Schema.SchemaType> types = new ArrayList<>(target.getType());
          types.add(Schema.SchemaType.NULL);
          target.setType(types);
        }
      } else if (property.getType() != null
          && !property.getType().contains(Schema.SchemaType.NULL)) {
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        types.add(Schema.SchemaType.NULL);
        property.setType(types);
      }
    }
  }

  /**
   * The schema a nullable property refers to, or null. SmallRye models one as {@code anyOf} a
   * reference and {@code null}, which it writes for 3.0 as a one-element {@code allOf} with {@code
   * nullable}; the property is rewritten to that {@code allOf} here, so that the type can be set
   * beside it.
   */
  private static Schema wrappedReference(Schema property, Map<String, Schema> schemas) {
    List<Schema> options = property.getAnyOf();
    if (options != null
        && options.size() == 2
        && options.get(0).getRef() != null
        && List.of(Schema.SchemaType.NULL).equals(options.get(1).getType())) {
      property.setAnyOf(null);
      property.setAllOf(List.of(OASFactory.createSchema().ref(options.get(0).getRef())));
    }
    if (property.getAllOf() == null
        || property.getAllOf().size() != 1
        || property.getAllOf().get(0).getRef() == null) {
      return null;
    }
    String ref = property.getAllOf().get(0).getRef();
    return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** Named responses that every operation now carries as its own copy are left out. */
  private static void pruneResponses(OpenAPI openApi) {
    Map<String, APIResponse> named = openApi.getComponents().getResponses();
    if (named == null) {
      return;
    }
    Set<String> used = new HashSet<>();
    if (openApi.getPaths() != null) {
      for (PathItem item : openApi.getPaths().getPathItems().values()) {
        for (Operation operation : item.getOperations().values()) {
          if (operation.getResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
              if (response.getRef() != null) {
                used.add(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
              }
            }
          }
        }
      }
    }
    for (String name : List.copyOf(named.keySet())) {
      if (!used.contains(name)) {
        openApi.getComponents().removeResponse(name);
      }
    }
  }

  /**
   * A rubric condition travels as in credential files (see {@code credential.ConditionJson}): a
   * criterion's id, or an object whose one member {@code all}, {@code any} or {@code not} holds
   * further conditions. Jackson cannot say so, so the schema is written here.
   */
  private static void describeCondition(Schema condition) {
    condition.setType(null);
    condition.setDescription(
        "A criterion's id, or an object with one member: `all` or `any` (a list of conditions) or"
            + " `not` (one condition)");
    condition.setOneOf(
        List.of(
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                .description("A criterion's id; null where a level has no condition"),
            OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .minProperties(1)
                .maxProperties(1)));
  }

  /** Drops every schema that no operation, response or other kept schema refers to. */
  private static void pruneSchemas(OpenAPI openApi) {
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Deque<Schema> pending = new ArrayDeque<>();
    if (openApi.getPaths() != null) {
      for (PathItem item : openApi.getPaths().getPathItems().values()) {
        for (Operation operation : item.getOperations().values()) {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> push(pending, p.getSchema()));
          }
          if (operation.getRequestBody() != null) {
            pushContent(pending, operation.getRequestBody().getContent());
          }
          if (operation.getResponses() != null) {
            operation
                .getResponses()
                .getAPIResponses()
                .values()
                .forEach(r -> pushResponse(pending, r));
          }
        }
      }
    }
    if (openApi.getComponents().getResponses() != null) {
      openApi.getComponents().getResponses().values().forEach(r -> pushResponse(pending, r));
    }
    Set<String> kept = new HashSet<>();
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (kept.add(name)) {
          push(pending, schemas.get(name));
        }
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(s -> push(pending, s));
      }
      push(pending, schema.getItems());
      push(pending, schema.getAdditionalPropertiesSchema());
      push(pending, schema.getNot());
      for (List<Schema> group :
          new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
        if (group != null) {
          group.forEach(s -> push(pending, s));
        }
      }
    }
    for (String name : List.copyOf(schemas.keySet())) {
      if (!kept.contains(name)) {
        openApi.getComponents().removeSchema(name);
      }
    }
  }

  private static void pushResponse(Deque<Schema> pending, APIResponse response) {
    pushContent(pending, response.getContent());
    if (response.getHeaders() != null) {
      response.getHeaders().values().forEach(h -> push(pending, h.getSchema()));
    }
  }

  private static void pushContent(Deque<Schema> pending, Content content) {
    if (content != null && content.getMediaTypes() != null) {
      for (MediaType type : content.getMediaTypes().values()) {
        push(pending, type.getSchema());
      }
    }
  }

  private static void push(Deque<Schema> pending, Schema schema) {
    if (schema != null) {
      pending.push(schema);
    }
  }
}
