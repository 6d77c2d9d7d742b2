package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Two clients, like two open tabs, autosave the same field 200 times each, each retrying from the
 * server's version after a conflict as the editor does. No write may be lost silently: every answer
 * is a save or a conflict, and the field ends with the last acknowledged text.
 *
 * <p>The clients meet before each round and both write from the version they last saw, which is the
 * same one: so every round is a real collision, and exactly one of each pair must lose.
 */
@QuarkusTest
class ConcurrentAutosaveTest {

  private static final int WRITES_PER_CLIENT = 200;

  @Inject TestIdentities identities;

  @Test
  void twoClientsSavingOneFieldNeverLoseAnAcknowledgedWrite() throws Exception {
    String token = identities.token(identities.account("two-tabs", Role.EDUCATOR).id());
    long id = EducatorClient.start(token);
    String field = reflectionField(token, id);

    List<Ack> acknowledged = new CopyOnWriteArrayList<>();
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    CyclicBarrier round = new CyclicBarrier(2);
    List<Future<?>> running = new ArrayList<>();
    for (String client : List.of("left", "right")) {
      running.add(
          clients.submit(
              () -> {
                long version = 0;
                for (int i = 0; i < WRITES_PER_CLIENT; i++) {
                  String text = client + " " + i;
                  round.await();
                  Response response = save(token, id, field, version, text);
                  statuses.add(response.statusCode());
                  if (response.statusCode() == 200) {
                    version = response.<Number>path("version").longValue();
                    acknowledged.add(new Ack(version, text));
                  } else if (response.statusCode() == 409) {
                    version = response.<Number>path("currentVersion").longValue();
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : running) {
      client.get(5, TimeUnit.MINUTES);
    }
    clients.shutdown();

    assertThat(statuses).hasSize(2 * WRITES_PER_CLIENT).allMatch(s -> s == 200 || s == 409);
    // Proof that the writers collided: one loser in every round, and never both.
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(WRITES_PER_CLIENT);
    assertThat(acknowledged).extracting(Ack::version).doesNotHaveDuplicates();
    Ack last =
        acknowledged.stream().max((a, b) -> Long.compare(a.version(), b.version())).orElseThrow();
    Response stored =
        given().header("Authorization", "Bearer " + token).get("/api/submissions/" + id);
    assertThat(stored.<String>path("fields.find { it.key == '" + field + "' }.text"))
        .isEqualTo(last.text());
    assertThat(stored.<Number>path("fields.find { it.key == '" + field + "' }.version").longValue())
        .isEqualTo(last.version());
  }

  private static String reflectionField(String token, long id) {
    List<String> keys =
        given()
            .header("Authorization", "Bearer " + token)
            .get("/api/submissions/" + id)
            .path("fields.key.findAll { it.startsWith('answer:part-3:') }");
    return keys.get(0);
  }

  private static Response save(String token, long id, String field, long version, String text) {
    return given()
        .header("Authorization", "Bearer " + token)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .put("/api/submissions/" + id + "/fields/" + field);
  }

  private record Ack(long version, String text) {}
}
