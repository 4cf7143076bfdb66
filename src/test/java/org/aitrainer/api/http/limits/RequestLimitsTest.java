package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.aitrainer.api.http.HttpLimits;
import org.aitrainer.api.support.Hostile;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits of a request, each answered with a problem: URI length, header size, one value per parameter. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class RequestLimitsTest {

    static final String POLICIES = "/api/v1/policies";

    @Test
    void aUriOf8KiBIsAnswered() {
        String q = "a".repeat(HttpLimits.MAX_URI_LENGTH - (POLICIES + "?q=").length());
        given().queryParam("q", q)
                .get(POLICIES)
                .then()
                .spec(Problems.invalidParameter(POLICIES, "q"))
                .body("errors[0].message", equalTo("must be at most 100 characters long"));
    }

    @Test
    void aLongerUriIsTooLong() {
        String q = "a".repeat(HttpLimits.MAX_URI_LENGTH + 1 - (POLICIES + "?q=").length());
        given().queryParam("q", q)
                .get(POLICIES)
                .then()
                .spec(Problems.http(414, "URI Too Long", POLICIES))
                .header("Cache-Control", "no-store")
                .body("detail", equalTo("The request URI is 8193 characters long; at most 8192 are accepted"));
    }

    @Test
    void theLimitsHoldOutsideTheApiToo() {
        given().queryParam("x", "a".repeat(9000))
                .get("/q/openapi")
                .then()
                .spec(Problems.http(414, "URI Too Long", "/q/openapi"));
    }

    @Test
    void aHeaderFieldLongerThan8KiBIsTooLarge() {
        given().header("Accept-Language", "x".repeat(8200))
                .get("/api/v1/levels")
                .then()
                .spec(Problems.http(431, "Request Header Fields Too Large", "/api/v1/levels"))
                .body(
                        "detail",
                        equalTo("The Accept-Language header field is 8217 bytes long; each may be at most "
                                + "8192 bytes"));
    }

    @Test
    void headerFieldsLongerThan16KiBTogetherAreTooLarge() {
        given().header("X-One", "x".repeat(6000))
                .header("X-Two", "x".repeat(6000))
                .header("X-Three", "x".repeat(6000))
                .get("/api/v1/levels")
                .then()
                .spec(Problems.http(431, "Request Header Fields Too Large", "/api/v1/levels"))
                .body("detail", containsString("bytes long together; at most 16384 are accepted"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/policies?q=%C3%28",
                "/api/v1/policies/%FF",
                "/api/v1/policies?%E2%82=1",
                "/q/openapi?format=%ED%A0%80"
            })
    void escapesThatAreNotUtf8AreABadRequest(String target) {
        RawHttp.Response response = RawHttp.get(target);
        JsonNode problem = Hostile.problem(response, 400, target);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("detail").asText())
                .isEqualTo("The request URI is malformed: each % must begin a %XX "
                        + "escape of two hexadecimal digits, and the escaped bytes must be UTF-8 text");
        assertThat(problem.path("instance").asText())
                .matches(Pattern.quote(target.split("\\?")[0]) + "#request=[0-9a-f]{32}");
    }

    /** Quarkus refuses what is not even URI syntax before any code of the service runs; it says no more than 400. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/policies?q=%ZZ", "/api/v1/policies?q=%", "/api/v1/policies/a%g1"})
    void aUriThatIsNotUriSyntaxIsABadRequestWithoutABody(String target) {
        RawHttp.Response response = RawHttp.get(target);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aParameterGivenTwiceIsABadRequestNamingIt() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/subsidies?level=3&region=440300&level=5")
                .then()
                .spec(Problems.invalidParameter("/api/v1/subsidies", "level"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].message", equalTo("must be given once, not 2 times"));
        given().urlEncodingEnabled(false)
                .get("/api/v1/levels/3?lang=en&lang=zh-CN")
                .then()
                .spec(Problems.invalidParameter("/api/v1/levels/3", "lang"));
    }

    @Test
    void parametersNoResourceReadsAreIgnoredEvenRepeated() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/levels/3?utm_source=a&utm_source=b")
                .then()
                .statusCode(200)
                .body("level", equalTo(3));
    }

    @Test
    void negativeAndHugeNumbersNameTheParameter() {
        given().get("/api/v1/policies?page=99999999999&size=-5&level=2147483648")
                .then()
                .spec(Problems.invalidParameter(POLICIES, "page"))
                .body("errors.field", containsInAnyOrder("page", "size", "level"));
        given().get("/api/v1/changes?since=-1&limit=1e3")
                .then()
                .spec(Problems.invalidParameter("/api/v1/changes", "since"))
                .body("errors.field", containsInAnyOrder("since", "limit"));
        given().queryParam("level", "٣")
                .get("/api/v1/subsidies") // an Arabic-Indic three is not an ASCII 3
                .then()
                .spec(Problems.invalidParameter("/api/v1/subsidies", "level"));
    }

    @ParameterizedTest(name = "on={0}")
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "0000-00-00", "+99999-01-01", "99999-12-31", "2025-6-1"})
    void anImpossibleDateNamesTheParameter(String on) {
        given().queryParam("on", on)
                .get("/api/v1/subsidies")
                .then()
                .spec(Problems.invalidParameter("/api/v1/subsidies", "on"))
                .body("errors[0].message", equalTo("must be an existing date in the form YYYY-MM-DD"));
    }

    @Test
    void thePageAfterTheLargestIsEmptyNotAnError() {
        given().get("/api/v1/policies?page=2147483647&size=100")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page.number", equalTo(2147483647));
    }

    @Test
    void anIdThatCannotBeStoredNamesNothing() {
        RawHttp.Response response = RawHttp.get("/api/v1/policies/a%00b");
        assertThat(Hostile.problem(response, 404, "a\\0b").path("type").asText())
                .isEqualTo("/problems/not-found");
        given().urlEncodingEnabled(false)
                .get("/api/v1/regions/44%2003")
                .then()
                .spec(Problems.notFound("/api/v1/regions/44%2003"));
    }
}
