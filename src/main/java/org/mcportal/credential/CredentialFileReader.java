package org.mcportal.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcportal.platform.Sha256;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.EarningCondition;
import org.mcportal.rules.Noun;
import org.mcportal.rules.Part;
import org.mcportal.rules.Question;
import org.mcportal.rules.Rubric;
import org.mcportal.rules.Subjects;
import org.mcportal.rules.WordBounds;

/**
 * Turns the text of one credential file into a {@link CredentialDefinition}, in three steps that
 * each report where a file goes wrong: YAML syntax, the JSON Schema shipped with the code, then the
 * cross-references a schema cannot express (see {@link DefinitionCheck}).
 */
public final class CredentialFileReader {

  private static final String SCHEMA = "/rubrics/credential.schema.json";

  private static final CredentialFileReader SHARED = new CredentialFileReader(true);

  private final ObjectMapper yaml;
  private final JsonSchema schema;
  // Null unless this reader remembers what it read: see shared().
  private final Map<String, LoadedCredential> goodReads;

  public CredentialFileReader() {
    this(false);
  }

  private CredentialFileReader(boolean remember) {
    this.goodReads = remember ? new ConcurrentHashMap<>() : null;
    this.yaml =
        JsonMapper.builder(new YAMLFactory())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(ConditionJson.module())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    this.schema = loadSchema();
  }

  /**
   * The reader of the portal's own start-up and catalog. Start-up reads each text three times: the
   * check before Quarkus starts, the catalog's synchronisation with the files and its refresh from
   * the stored rows, and the refresh reads every stored version again every few minutes. A good
   * result depends only on the text, so each text is checked once per process: the schema check and
   * the mapping were a measured share of start-up (docs/performance.md, P5). A text with problems
   * is not remembered, so its messages always name the file being read.
   */
  public static CredentialFileReader shared() {
    return SHARED;
  }

  /**
   * Reads one file's text.
   *
   * @param name how the file is named in messages, relative to the credentials folder
   * @throws CredentialFileException naming the file, the path inside it and each problem
   */
  public LoadedCredential read(String name, String source) {
    if (goodReads == null) {
      return check(name, source);
    }
    LoadedCredential known = goodReads.get(source);
    if (known != null) {
      return known;
    }
    LoadedCredential checked = check(name, source);
    goodReads.put(source, checked);
    return checked;
  }

  private LoadedCredential check(String name, String source) {
    JsonNode tree = parse(name, source);
    List<String> problems = new ArrayList<>();
    reduce(List.copyOf(schema.validate(tree)))
        .forEach(m -> problems.add(at(m.getInstanceLocation().toString(), m.getError())));
    if (!problems.isEmpty()) {
      throw new CredentialFileException(name, problems);
    }
    CredentialDefinition definition = map(name, tree);
    problems.addAll(DefinitionCheck.problems(definition));
    if (!problems.isEmpty()) {
      throw new CredentialFileException(name, problems);
    }
    return new LoadedCredential(definition, source, checksum(source));
  }

  private static final Pattern BRANCH = Pattern.compile("/(oneOf|anyOf)/(\\d+)");

  /**
   * The schema's messages reduced to those that matter. Where a value may take one of several
   * shapes ({@code oneOf}), the validator reports every shape's failures; only the shape that came
   * closest, with the fewest failures, is kept, and the "matches none of the shapes" summary goes
   * when a more specific message remains. A message about a place is dropped when another is about
   * a place inside it.
   */
  static List<ValidationMessage> reduce(List<ValidationMessage> messages) {
    List<ValidationMessage> kept = new ArrayList<>(messages);
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Map<String, List<ValidationMessage>>> byChoice = new LinkedHashMap<>();
      for (ValidationMessage m : kept) {
        Matcher branch = BRANCH.matcher(m.getEvaluationPath().toString());
        if (branch.find()) {
          String choice = m.getEvaluationPath().toString().substring(0, branch.start());
          byChoice
              .computeIfAbsent(choice + "@" + m.getInstanceLocation(), c -> new LinkedHashMap<>())
              .computeIfAbsent(branch.group(2), b -> new ArrayList<>())
              .add(m);
        }
      }
      for (Map<String, List<ValidationMessage>> branches : byChoice.values()) {
        if (branches.size() > 1) {
          List<ValidationMessage> closest =
              branches.values().stream().min(Comparator.comparingInt(List::size)).orElseThrow();
          for (List<ValidationMessage> other : branches.values()) {
            if (other != closest) {
              changed |= kept.removeAll(other);
            }
          }
        }
      }
    }
    if (kept.stream().anyMatch(m -> !summary(m))) {
      kept.removeIf(CredentialFileReader::summary);
    }
    List<ValidationMessage> deepest =
        kept.stream()
            .filter(
                m ->
                    kept.stream()
                        .noneMatch(
                            other ->
                                other != m
                                    && other
                                        .getInstanceLocation()
                                        .toString()
                                        .startsWith(m.getInstanceLocation().toString() + "/")))
            .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
            .toList();
    return deepest.stream().distinct().toList();
  }

  private static boolean summary(ValidationMessage message) {
    return "oneOf".equals(message.getType()) || "anyOf".equals(message.getType());
  }

  public static String checksum(String source) {
    return Sha256.hex(source);
  }

  private JsonNode parse(String name, String source) {
    try {
      JsonNode tree = yaml.readTree(source);
      if (tree == null || !tree.isObject()) {
        throw new CredentialFileException(name, List.of(at("", "the file must hold one mapping")));
      }
      return tree;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? "YAML"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new CredentialFileException(name, List.of(where + ": " + e.getOriginalMessage()));
    }
  }

  private CredentialDefinition map(String name, JsonNode tree) {
    try {
      List<Part> parts = new ArrayList<>();
      JsonNode partNodes = tree.get("parts");
      for (int p = 0; p < partNodes.size(); p++) {
        parts.add(part("/parts/" + p, partNodes.get(p)));
      }
      return new CredentialDefinition(
          tree.get("id").asText(),
          tree.get("version").asText(),
          LocalDate.parse(tree.get("revised").asText()),
          tree.get("title").asText(),
          tree.get("stack").asText(),
          tree.get("competency").asText(),
          tree.get("keyMethod").asText(),
          value("/licence", tree.get("licence"), CredentialDefinition.Licence.class),
          text(tree, "introduction"),
          List.of(
              value(
                  "/guidance",
                  tree.has("guidance") ? tree.get("guidance") : yaml.createArrayNode(),
                  CredentialDefinition.GuidanceSection[].class)),
          text(tree, "research"),
          text(tree, "resources"),
          tree.get("anonymity").asText(),
          parts,
          earning(tree.get("earning"), parts),
          assessment(tree.path("assessment")));
    } catch (MappingProblem problem) {
      throw new CredentialFileException(name, List.of(problem.getMessage()));
    }
  }

  /**
   * The optional {@code assessment} block, key by key: each missing key takes its default, so a
   * file written before the block existed keeps its checksum and its meaning. The schema has
   * already checked the types and ranges.
   */
  private static AssessmentSettings assessment(JsonNode node) {
    AssessmentSettings defaults = AssessmentSettings.DEFAULTS;
    JsonNode scoring = node.path("scoring");
    return new AssessmentSettings(
        node.path("turnaroundDays").asInt(defaults.turnaroundDays()),
        node.has("release")
            ? AssessmentSettings.Release.valueOf(
                node.get("release").asText().toUpperCase(Locale.ROOT))
            : defaults.release(),
        node.path("maxAttempts").asInt(defaults.maxAttempts()),
        scoring.has("mode")
            ? new AssessmentSettings.Scoring(
                AssessmentSettings.Scoring.Mode.valueOf(
                    scoring.get("mode").asText().toUpperCase(Locale.ROOT)),
                scoring.has("share")
                    ? OptionalDouble.of(scoring.get("share").asDouble())
                    : OptionalDouble.empty())
            : defaults.scoring(),
        calibration(node.path("calibration")));
  }

  /**
   * The optional {@code calibration} block. The schema checks the period's shape; a period Java
   * cannot read (a year count past its range) is reported here, and a zero period by the check.
   */
  private static AssessmentSettings.Calibration calibration(JsonNode node) {
    AssessmentSettings.Calibration defaults = AssessmentSettings.Calibration.NOT_REQUIRED;
    if (node.isMissingNode()) {
      return defaults;
    }
    Period validity = defaults.validity();
    if (node.has("validity")) {
      try {
        validity = Period.parse(node.get("validity").asText());
      } catch (DateTimeException e) {
        throw new MappingProblem(
            at(
                "/assessment/calibration/validity",
                "'" + node.get("validity").asText() + "' is not an ISO 8601 period such as P12M"));
      }
    }
    return new AssessmentSettings.Calibration(
        node.path("required").asBoolean(false),
        node.has("threshold") ? node.get("threshold").decimalValue() : defaults.threshold(),
        validity);
  }

  /**
   * A part either carries one component's keys inline, or lists {@code artifacts}. The inline
   * component takes the part's id and title; its instructions stay on the part alone.
   */
  private Part part(String pointer, JsonNode node) {
    String id = node.get("id").asText();
    String title = node.get("title").asText();
    List<Component> components = new ArrayList<>();
    if (node.has("artifacts")) {
      JsonNode artifacts = node.get("artifacts");
      for (int a = 0; a < artifacts.size(); a++) {
        components.add(component(pointer + "/artifacts/" + a, artifacts.get(a).deepCopy()));
      }
    } else {
      ObjectNode inline = yaml.createObjectNode();
      for (String key :
          List.of(
              "label",
              "response",
              "perSubject",
              "advisories",
              "advice",
              "words",
              "document",
              "questions",
              "rubric")) {
        if (node.has(key)) {
          inline.set(key, node.get(key));
        }
      }
      inline.put("id", id).put("title", title).put("instructions", "");
      components.add(component(pointer, inline));
    }
    Optional<Subjects> subjects =
        node.has("subjects")
            ? Optional.of(value(pointer + "/subjects", node.get("subjects"), Subjects.class))
            : Optional.empty();
    return new Part(
        id,
        node.get("number").asInt(),
        title,
        text(node, "subtitle"),
        text(node, "instructions"),
        subjects,
        components);
  }

  private Component component(String pointer, ObjectNode node) {
    List<Component.Advisory> advisories = new ArrayList<>();
    // The file spells advisories in kebab case, like its ids; the record holds Java constants.
    node.path("advisories")
        .forEach(
            a ->
                advisories.add(
                    Component.Advisory.valueOf(
                        a.asText().replace('-', '_').toUpperCase(Locale.ROOT))));
    JsonNode questions = node.has("questions") ? node.get("questions") : yaml.createArrayNode();
    return new Component(
        node.get("id").asText(),
        node.get("label").asText(),
        node.get("title").asText(),
        text(node, "instructions"),
        Component.ResponseKind.valueOf(node.get("response").asText().toUpperCase(Locale.ROOT)),
        node.get("perSubject").asBoolean(),
        node.has("words")
            ? Optional.of(words(pointer + "/words", node.get("words")))
            : Optional.empty(),
        List.of(value(pointer + "/questions", questions, Question[].class)),
        value(pointer + "/rubric", node.get("rubric"), Rubric.class),
        Set.copyOf(advisories),
        node.has("document")
            ? new Noun(
                node.get("document").get("label").asText(),
                node.get("document").get("plural").asText())
            : Noun.DOCUMENT,
        advice(node.path("advice")));
  }

  /** Bounds with either end optional; a file without {@code use} states a rule, as before. */
  private static WordBounds words(String pointer, JsonNode node) {
    try {
      return new WordBounds(
          node.has("min") ? OptionalInt.of(node.get("min").asInt()) : OptionalInt.empty(),
          node.has("max") ? OptionalInt.of(node.get("max").asInt()) : OptionalInt.empty(),
          "guide".equals(node.path("use").asText()) ? WordBounds.Use.GUIDE : WordBounds.Use.RULE);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(at(pointer, e.getMessage()));
    }
  }

  /** Each missing key takes the neutral wording, so files without {@code advice} mean the same. */
  private static Component.Advice advice(JsonNode node) {
    Component.Advice neutral = Component.Advice.NEUTRAL;
    List<String> phrases = new ArrayList<>();
    node.path("invitationPhrases").forEach(p -> phrases.add(p.asText()));
    return new Component.Advice(
        node.has("distinct") ? node.get("distinct").asText() : neutral.distinct(),
        node.has("invitation") ? node.get("invitation").asText() : neutral.invitation(),
        phrases);
  }

  /**
   * The earning rule: the {@code requires} short form or a {@code rule} in the grammar. The schema
   * has already checked the shapes, so each node is one of the forms.
   */
  private static CredentialDefinition.EarningRule earning(JsonNode node, List<Part> parts) {
    String text = node.get("text").asText();
    if (node.has("rule")) {
      return new CredentialDefinition.EarningRule(text, condition(node.get("rule")));
    }
    List<String> order =
        parts.stream().flatMap(p -> p.components().stream()).map(Component::id).toList();
    Map<String, String> requires = new LinkedHashMap<>();
    node.get("requires")
        .fields()
        .forEachRemaining(e -> requires.put(e.getKey(), e.getValue().asText()));
    return new CredentialDefinition.EarningRule(
        text, EarningCondition.fromRequires(order, requires));
  }

  private static EarningCondition condition(JsonNode node) {
    if (node.has("all")) {
      List<EarningCondition> operands = new ArrayList<>();
      node.get("all").forEach(o -> operands.add(condition(o)));
      return new EarningCondition.All(operands);
    }
    if (node.has("any")) {
      List<EarningCondition> operands = new ArrayList<>();
      node.get("any").forEach(o -> operands.add(condition(o)));
      return new EarningCondition.Any(operands);
    }
    if (node.has("atLeast")) {
      return new EarningCondition.CountAtLeast(
          node.get("atLeast").asInt(), node.get("level").asText(), ids(node.path("of")));
    }
    if (node.has("atMost")) {
      return new EarningCondition.AtMostBelow(
          node.get("atMost").asInt(), node.get("below").asText(), ids(node.path("of")));
    }
    return new EarningCondition.AtLeast(node.get("level").asText(), ids(node.path("on")));
  }

  private static List<String> ids(JsonNode node) {
    List<String> ids = new ArrayList<>();
    node.forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** Maps one node, reporting a failure at its place in the whole file. */
  private <T> T value(String pointer, JsonNode node, Class<T> type) {
    try {
      return yaml.treeToValue(node, type);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String detail =
          cause instanceof JsonMappingException m ? m.getOriginalMessage() : cause.getMessage();
      throw new MappingProblem(at(pointer + pointer(e.getPath()), detail));
    } catch (JsonProcessingException e) {
      throw new MappingProblem(at(pointer, e.getOriginalMessage()));
    }
  }

  private static String text(JsonNode node, String key) {
    return node.has(key) ? node.get(key).asText() : "";
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      pointer.append('/');
      pointer.append(
          reference.getIndex() >= 0
              ? String.valueOf(reference.getIndex())
              : reference.getFieldName());
    }
    return pointer.toString();
  }

  static String at(String pointer, String problem) {
    return "at " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem;
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = CredentialFileReader.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("credential schema missing from the class path: " + SCHEMA);
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class MappingProblem extends RuntimeException {
    MappingProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** A definition together with the exact text it came from and that text's SHA-256. */
  public record LoadedCredential(CredentialDefinition definition, String source, String checksum) {}
}
