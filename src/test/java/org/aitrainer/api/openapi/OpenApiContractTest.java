package org.aitrainer.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.support.OpenApiContract;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** The check that every response of the suite goes through: it is installed, and it fails what breaks the document. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OpenApiContractTest {

    private static final List<Map.Entry<String, String>> JSON =
            List.of(Map.entry("Content-Type", "application/json;charset=UTF-8"));
    private static final List<Map.Entry<String, String>> PROBLEM =
            List.of(Map.entry("Content-Type", "application/problem+json"));

    private static String uri(String path) {
        return "http://localhost:" + RestAssured.port + path;
    }

    private static List<String> violations(
            String method, String path, int status, List<Map.Entry<String, String>> headers, String body) {
        return OpenApiContract.violations(uri(path), method, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCheckIsInstalledForEveryRequestOfTheSuite() {
        assertThat(RestAssured.filters()).containsOnlyOnce(OpenApiContract.FILTER);
    }

    @Test
    void aPolicyWithoutARegionKeepsToTheDocument() {
        String policies = given().queryParam("size", 100)
                .get("/api/v1/policies")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(policies).contains("\"region\":null");
        assertThat(violations("GET", "/api/v1/policies", 200, JSON, policies)).isEmpty();
    }

    @Test
    void aBodyThatBreaksItsSchemaFails() {
        String level =
                given().get("/api/v1/levels/3").then().statusCode(200).extract().asString();
        assertThat(violations("GET", "/api/v1/levels/3", 200, JSON, level)).isEmpty();
        assertThat(violations("GET", "/api/v1/levels/3", 200, JSON, level.replace("\"level\":3", "\"level\":\"3\"")))
                .isNotEmpty();
        assertThat(violations("GET", "/api/v1/levels/3", 200, JSON, level.replace("\"trainingHours\":", "\"x\":")))
                .isNotEmpty();
        assertThatThrownBy(() -> OpenApiContract.check(
                        uri("/api/v1/levels/3"), "GET", 200, JSON, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks the OpenAPI document");
    }

    @Test
    void aProblemThatBreaksTheProblemSchemaFailsOnAnyPath() {
        String valid = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}";
        assertThat(violations("GET", "/no/such/path", 404, PROBLEM, valid)).isEmpty();
        assertThat(violations("GET", "/no/such/path", 404, PROBLEM, "{\"type\":\"about:blank\",\"status\":404}"))
                .isNotEmpty();
        assertThat(violations("GET", "/no/such/path", 404, PROBLEM, valid.replace("404", "\"404\"")))
                .isNotEmpty();
        assertThat(violations("GET", "/no/such/path", 410, PROBLEM, valid))
                .containsExactly("the problem's status 404 is not the response's");
    }

    @Test
    void anUndocumentedStatusMediaTypeOrHeaderFails() {
        String level =
                given().get("/api/v1/levels/3").then().statusCode(200).extract().asString();
        assertThat(violations("GET", "/api/v1/levels/3", 418, JSON, level))
                .containsExactly("status 418 is not documented for GET /api/v1/levels/{level}");
        assertThat(violations("GET", "/api/v1/levels/3", 200, List.of(Map.entry("Content-Type", "text/plain")), level))
                .singleElement()
                .asString()
                .startsWith("media type 'text/plain' is not documented");
        assertThat(violations("GET", "/api/v1/levels/3", 200, List.of(JSON.get(0), Map.entry("X-Secret", "1")), level))
                .containsExactly("header X-Secret is not documented for 200 of GET /api/v1/levels/{level}");
        assertThat(violations(
                        "GET",
                        "/api/v1/levels/3",
                        200,
                        List.of(
                                JSON.get(0),
                                Map.entry("ETag", "\"a\""),
                                Map.entry("X-Data-Version", "107"),
                                Map.entry("X-Request-Id", "r")),
                        level))
                .isEmpty();
    }
}
