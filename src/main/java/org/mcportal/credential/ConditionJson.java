package org.mcportal.credential;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mcportal.rules.Condition;
import org.mcportal.rules.EarningCondition;

/**
 * Reads and writes rubric conditions in the file format's shape: a criterion id, or an object with
 * one key {@code not}, {@code all} or {@code any}. The API uses the same shape, so what a client
 * reads is what a credential author writes.
 */
public final class ConditionJson {

  private ConditionJson() {}

  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("conditions");
    module.addSerializer(Condition.class, new Writer());
    module.addDeserializer(Condition.class, new Reader());
    module.addSerializer(EarningCondition.class, new EarningWriter());
    return module;
  }

  static Condition fromTree(JsonNode node, JsonParser parser) throws IOException {
    if (node.isTextual()) {
      return new Condition.Met(node.asText());
    }
    if (node.isObject() && node.size() == 1) {
      Map.Entry<String, JsonNode> only = node.fields().next();
      switch (only.getKey()) {
        case "not":
          return new Condition.Not(fromTree(only.getValue(), parser));
        case "all":
          return new Condition.All(list(only.getValue(), parser));
        case "any":
          return new Condition.Any(list(only.getValue(), parser));
        default:
          break;
      }
    }
    throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(
        parser, Condition.class, "a condition is a criterion id or one of {not}, {all}, {any}");
  }

  private static List<Condition> list(JsonNode node, JsonParser parser) throws IOException {
    List<Condition> operands = new ArrayList<>();
    for (JsonNode element : node) {
      operands.add(fromTree(element, parser));
    }
    return operands;
  }

  private static final class Reader extends JsonDeserializer<Condition> {
    @Override
    public Condition deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return fromTree(parser.readValueAsTree(), parser);
    }
  }

  private static final class Writer extends JsonSerializer<Condition> {
    @Override
    public void serialize(Condition condition, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      if (condition instanceof Condition.Met met) {
        out.writeString(met.criterion());
      } else if (condition instanceof Condition.Not not) {
        out.writeStartObject();
        out.writeFieldName("not");
        serialize(not.operand(), out, provider);
        out.writeEndObject();
      } else if (condition instanceof Condition.All all) {
        writeList("all", all.operands(), out, provider);
      } else if (condition instanceof Condition.Any any) {
        writeList("any", any.operands(), out, provider);
      }
    }

    private void writeList(
        String key, List<Condition> operands, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      out.writeArrayFieldStart(key);
      for (Condition operand : operands) {
        serialize(operand, out, provider);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  /** Earning rules in the file's shape: {@code {level, on}}, {@code {atLeast, level, of}}… */
  private static final class EarningWriter extends JsonSerializer<EarningCondition> {
    @Override
    public void serialize(EarningCondition rule, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      if (rule instanceof EarningCondition.AtLeast c) {
        out.writeStringField("level", c.level());
        ids(out, "on", c.components());
      } else if (rule instanceof EarningCondition.CountAtLeast c) {
        out.writeNumberField("atLeast", c.count());
        out.writeStringField("level", c.level());
        ids(out, "of", c.components());
      } else if (rule instanceof EarningCondition.AtMostBelow c) {
        out.writeNumberField("atMost", c.count());
        out.writeStringField("below", c.level());
        ids(out, "of", c.components());
      } else {
        out.writeFieldName(rule instanceof EarningCondition.All ? "all" : "any");
        out.writeStartArray();
        for (EarningCondition operand : EarningCondition.operands(rule)) {
          serialize(operand, out, provider);
        }
        out.writeEndArray();
      }
      out.writeEndObject();
    }

    private static void ids(JsonGenerator out, String key, List<String> ids) throws IOException {
      if (!ids.isEmpty()) {
        out.writeArrayFieldStart(key);
        for (String id : ids) {
          out.writeString(id);
        }
        out.writeEndArray();
      }
    }
  }
}
