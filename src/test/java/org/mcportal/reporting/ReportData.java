package org.mcportal.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** REST Assured calls of the reporting API, as an admin's client makes them. */
final class ReportData {

  private ReportData() {}

  static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  /** A new cohort holding these educators; returns its id. */
  static long cohort(String admin, String name, long... educators) {
    long id =
        as(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("name", name))
            .post("/api/admin/cohorts")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    for (long educator : educators) {
      as(admin).put("/api/admin/cohorts/" + id + "/members/" + educator).then().statusCode(200);
    }
    return id;
  }
}
