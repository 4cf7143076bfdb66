package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers every response carries, and what CORS lets partners' browser apps read and send. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class SecurityHeadersTest {

    static final String ORIGIN = "https://front-end.example";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1",
                "/api/v1/levels",
                "/api/v1/levels/9",
                "/api/v1/policies?level=9",
                "/api/v1/export/policies.csv",
                "/api/v1/careers",
                "/q/openapi",
                "/q/openapi?format=json",
                "/q/swagger-ui/"
            })
    void everyResponseForbidsSniffingAndReferrersAndNamesNoServer(String path) {
        secure(given().urlEncodingEnabled(false).get(path).then());
    }

    @Test
    void soDoProblemsAnsweredBeforeAnyResource() {
        secure(given().delete("/api/v1/levels").then().statusCode(405));
        secure(given().accept("application/xml").get("/api/v1/levels").then().statusCode(406));
        secure(given().queryParam("q", "a".repeat(9000))
                .get("/api/v1/policies")
                .then()
                .statusCode(414));
        secure(given().header("Authorization", "x".repeat(9000))
                .get("/api/v1/levels")
                .then()
                .statusCode(431));
        RawHttp.Response malformed = RawHttp.get("/api/v1/policies?q=%C3%28");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(malformed.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(malformed.header("Server")).isNull();
    }

    @Test
    void soDoNotModifiedAnswersAndPreflights() {
        String etag =
                given().get("/api/v1/levels/5").then().statusCode(200).extract().header("ETag");
        secure(given().header("If-None-Match", etag)
                .get("/api/v1/levels/5")
                .then()
                .statusCode(304));
        secure(given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/levels")
                .then()
                .statusCode(200));
    }

    @Test
    void browserAppsOfAnyOriginMayReadTheHeadersTheyNeed() {
        String exposed = given().header("Origin", ORIGIN)
                .get("/api/v1/policies")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .extract()
                .header("Access-Control-Expose-Headers");
        assertThat(list(exposed))
                .contains(
                        "ETag",
                        "Link",
                        "Content-Language",
                        "X-Request-Id",
                        "Location",
                        "Content-Disposition",
                        "X-Data-Version",
                        "Idempotent-Replayed",
                        "Retry-After",
                        "RateLimit",
                        "RateLimit-Policy");
    }

    @Test
    void aPreflightListsTheMethodsAndHeadersPartnersMaySend() {
        Response preflight = given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match, X-Request-Id")
                .options("/api/v1/policies/shenzhen-skill-certificate-subsidy");
        preflight
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Max-Age", "86400");
        assertThat(list(preflight.header("Access-Control-Allow-Methods")))
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE");
        assertThat(list(preflight.header("Access-Control-Allow-Headers")))
                .contains(
                        "Accept",
                        "Accept-Language",
                        "Authorization",
                        "Content-Type",
                        "If-Match",
                        "If-None-Match",
                        "Idempotency-Key",
                        "X-Request-Id");
    }

    @Test
    void byDefaultBrowserAppsOfAnyOriginMayWrite() {
        given().header("Origin", "https://anyone.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/policies/shenzhen-skill-certificate-subsidy")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://anyone.example");
        given().header("Origin", "https://anyone.example")
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/policies")
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", "https://anyone.example")
                .body("title", equalTo("Unauthorized"));
    }

    private static void secure(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    private static List<String> list(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).toList();
    }
}
