package org.mcportal.submission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;

/**
 * Two clients, like two open tabs, autosave the same field 200 times each, each retrying from the
 * server's version after a conflict as the editor does. No write may be lost silently: every answer
 * is a save or a conflict, and the field ends with the last acknowledged text.
 */
@QuarkusTest
class ConcurrentAutosaveTest {

  private static final int WRITES_PER_CLIENT = 200;
  private static final int MAX_JITTER_MILLIS = 15;

  @Inject TestIdentities identities;

  /**
   * The clients meet before each round and both write from the version they last saw, which is the
   * same one: so every round is a real collision, and exactly one of each pair must lose.
   */
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
                    acknowledged.add(new Ack(client, version, text));
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
    assertTheFieldHoldsTheLastAcknowledgedWrite(token, id, field, acknowledged);
  }

  /**
   * The same without the rounds: each client waits a random 0–15 ms before every save, so the
   * writes interleave as they happen to, like two people typing. Collisions must still have
   * happened (they are counted), and what each client was told must add up: its acknowledged
   * versions rise, together they leave no gap (no write was counted that the field does not hold),
   * and the field ends with the write acknowledged last.
   */
  @Test
  void twoClientsSavingOneFieldWithJitterNeverLoseAnAcknowledgedWrite() throws Exception {
    String token = identities.token(identities.account("two-tabs-jitter", Role.EDUCATOR).id());
    long id = EducatorClient.start(token);
    String field = reflectionField(token, id);

    List<Ack> acknowledged = new CopyOnWriteArrayList<>();
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<List<Long>>> running = new ArrayList<>();
    long seed = System.nanoTime();
    for (String client : List.of("left", "right")) {
      Random jitter = new Random(seed + client.hashCode());
      running.add(
          clients.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                long version = 0;
                for (int i = 0; i < WRITES_PER_CLIENT; i++) {
                  Thread.sleep(jitter.nextInt(MAX_JITTER_MILLIS + 1));
                  String text = client + " " + i;
                  Response response = save(token, id, field, version, text);
                  statuses.add(response.statusCode());
                  if (response.statusCode() == 200) {
                    version = response.<Number>path("version").longValue();
                    mine.add(version);
                    acknowledged.add(new Ack(client, version, text));
                  } else if (response.statusCode() == 409) {
                    long current = response.<Number>path("currentVersion").longValue();
                    assertThat(current)
                        .as("a conflict names a newer version")
                        .isGreaterThan(version);
                    version = current;
                  }
                }
                return mine;
              }));
    }
    List<List<Long>> perClient = new ArrayList<>();
    for (Future<List<Long>> client : running) {
      perClient.add(client.get(5, TimeUnit.MINUTES));
    }
    clients.shutdown();

    long conflicts = statuses.stream().filter(s -> s == 409).count();
    System.out.printf(
        "R1 with jitter (seed %d): %d saves, %d acknowledged, %d conflicts%n",
        seed, statuses.size(), acknowledged.size(), conflicts);
    assertThat(statuses)
        .as("every answer a save or a conflict")
        .hasSize(2 * WRITES_PER_CLIENT)
        .allMatch(s -> s == 200 || s == 409);
    assertThat(conflicts).as("collisions that actually happened (seed %d)", seed).isPositive();
    for (List<Long> versions : perClient) {
      assertThat(versions)
          .as("one client's acknowledged versions")
          .isSorted()
          .doesNotHaveDuplicates();
    }
    List<Long> all = acknowledged.stream().map(Ack::version).sorted().toList();
    assertThat(all)
        .as("every acknowledged version, none missing and none twice")
        .containsExactlyElementsOf(
            LongStream.rangeClosed(all.get(0), all.get(0) + all.size() - 1).boxed().toList());
    assertTheFieldHoldsTheLastAcknowledgedWrite(token, id, field, acknowledged);
  }

  private static void assertTheFieldHoldsTheLastAcknowledgedWrite(
      String token, long id, String field, List<Ack> acknowledged) {
    Ack last = acknowledged.stream().max(Comparator.comparingLong(Ack::version)).orElseThrow();
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

  private record Ack(String client, long version, String text) {}
}
