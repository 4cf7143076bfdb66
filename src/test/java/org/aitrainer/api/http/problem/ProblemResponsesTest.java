package org.aitrainer.api.http.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class ProblemResponsesTest {

    @Test
    void anUnknownPathUnderTheApiIsANotFoundProblem() {
        given().get("/api/v1/careers")
                .then()
                .spec(Problems.http(404, "Not Found", "/api/v1/careers"))
                .body("detail", equalTo("No resource exists at this path; GET /api/v1 lists the collections"));
    }

    @Test
    void anUnknownPathOutsideTheApiIsANotFoundProblemToo() {
        given().get("/wp-login.php").then().spec(Problems.http(404, "Not Found", "/wp-login.php"));
    }

    @Test
    void anUnknownIdIsANotFoundProblemNamingIt() {
        given().get("/api/v1/policies/no-such-policy")
                .then()
                .spec(Problems.notFound("/api/v1/policies/no-such-policy"))
                .body("detail", equalTo("No policy has the id 'no-such-policy'"));
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithTheAllowedOnes() {
        given().delete("/api/v1/policies")
                .then()
                .spec(Problems.http(405, "Method Not Allowed", "/api/v1/policies"))
                .header("Allow", "GET, HEAD, OPTIONS, POST");
        given().delete("/api/v1/levels/3")
                .then()
                .spec(Problems.http(405, "Method Not Allowed", "/api/v1/levels/3"))
                .header("Allow", "GET, HEAD, OPTIONS");
        given().post("/api/v1/sources/nosc-2021")
                .then()
                .spec(Problems.http(405, "Method Not Allowed", "/api/v1/sources/nosc-2021"))
                .header("Allow", "DELETE, GET, HEAD, OPTIONS, PUT");
    }

    @Test
    void anUnservableAcceptIsNotAcceptable() {
        given().accept("application/xml")
                .get("/api/v1/levels")
                .then()
                .spec(Problems.http(406, "Not Acceptable", "/api/v1/levels"))
                .body("detail", equalTo("This resource is not served in any media type the Accept header allows"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType("application/json")
                .body("{\"text\": \"hi\", ")
                .post("/test-support/echo")
                .then()
                .spec(Problems.http(400, "Bad Request", "/test-support/echo"))
                .body("detail", equalTo("The request body is not valid JSON or does not have the expected shape"));
    }

    @Test
    void jsonOfTheWrongShapeIsABadRequestProblem() {
        given().contentType("application/json")
                .body("{\"text\": \"hi\", \"times\": \"often\"}")
                .post("/test-support/echo")
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("instance", Problems.instance("/test-support/echo"))
                .body("errors[0].field", equalTo("times"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"text\": \"a\\u0000b\"}", "{\"text\": \"\\ud800\"}"})
    void textThatCannotBeStoredIsRefusedNamingTheField(String body) {
        given().contentType("application/json")
                .body(body)
                .post("/test-support/echo")
                .then()
                .statusCode(400)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("must be text without NUL characters or unpaired surrogates"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"2025-02-30\"", "\"0000-00-00\"", "\"+99999-01-01\"", "\"2025-6-1\"", "\"\"", "20250601"})
    void aDateMustExistAndBeWrittenYyyyMmDd(String date) {
        given().contentType("application/json")
                .body("{\"text\": \"hi\", \"on\": " + date + "}")
                .post("/test-support/echo")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors[0].field", equalTo("on"))
                .body("errors[0].message", startsWith("must be a"));
        given().contentType("application/json")
                .body("{\"text\": \"hi\", \"on\": \"2024-02-29\"}")
                .post("/test-support/echo")
                .then()
                .statusCode(200)
                .body("on", equalTo("2024-02-29"));
    }

    @Test
    void anEnumConstantIsTakenAsWritten() {
        given().contentType("application/json")
                .body("{\"verification\": \"OFFICIAL\\u0000\"}")
                .post("/test-support/echo")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("verification"))
                .body("errors[0].message", equalTo("must be one of OFFICIAL, REPORTED, UNCONFIRMED"));
    }

    @Test
    void anUnsupportedContentTypeIsUnsupportedMediaType() {
        given().contentType("text/plain")
                .body("hello")
                .post("/test-support/echo")
                .then()
                .spec(Problems.http(415, "Unsupported Media Type", "/test-support/echo"));
    }

    @Test
    void invalidParametersAreListedTogetherInOneProblem() {
        given().get("/api/v1/policies?level=9&on=2025-02-30&size=1000&page=-1&sort=nonsense&region=999999")
                .then()
                .spec(Problems.invalidParameter("/api/v1/policies", "level"))
                .body("errors.size()", equalTo(6))
                .body(
                        "errors.find { it.field == 'on' }.message",
                        equalTo("must be an existing date in the form YYYY-MM-DD"))
                .body("errors.find { it.field == 'size' }.message", equalTo("must be an integer from 1 to 100"))
                .body("errors.find { it.field == 'page' }.message", equalTo("must be an integer of at least 1"))
                .body(
                        "errors.find { it.field == 'region' }.message",
                        equalTo("names no known region; GET /api/v1/regions lists them"))
                .body("errors.find { it.field == 'sort' }", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aValidRequestHasNoProblemFields() {
        given().get("/api/v1/levels/3")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("type", nullValue())
                .body("level", equalTo(3));
    }
}
