package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;

/**
 * With rate limits on and tiny quotas: a client over its quota gets a 429 problem with Retry-After and the RateLimit
 * fields, while other clients and its other classes of request go on. Quarkus trusts 127.0.0.1 as a proxy here, so
 * that each test is a few clients of its own, named in X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitsTest.TinyQuotas.class)
@WithTestResource(PostgresResource.class)
class RateLimitsTest {

    static final String LEVELS = "/api/v1/levels";
    static final String ORIGIN = "https://front-end.example";

    /** Limits on, three reads, two estimates, one batch and two writes a minute; the test client is a proxy. */
    public static class TinyQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("aitrainer.rate-limits.enabled", "true"),
                    Map.entry("aitrainer.rate-limits.reads", "3"),
                    Map.entry("aitrainer.rate-limits.estimates", "2"),
                    Map.entry("aitrainer.rate-limits.batches", "1"),
                    Map.entry("aitrainer.rate-limits.writes", "2"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
        }
    }

    private static RequestSpecification as(String client) {
        return given().header("X-Forwarded-For", client);
    }

    @Test
    void aClientOverItsQuotaIsRefusedWithAProblemRetryAfterAndTheRateLimitFields() {
        String client = "203.0.113.10";
        for (int left = 2; left >= 0; left--) {
            as(client)
                    .get(LEVELS)
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"reads\";r=" + left + ";t=([1-9]|[1-5][0-9]|60)"))
                    .header("Retry-After", nullValue());
        }
        Response refused = as(client).get(LEVELS);
        refused.then()
                .spec(Problems.http(429, "Too Many Requests", LEVELS))
                .header("Cache-Control", "no-store")
                .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                .body(
                        "detail",
                        matchesPattern(
                                "This client may send 3 reads every 60 seconds and has sent them all; retry in \\d+ seconds"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit")).isEqualTo("\"reads\";r=0;t=" + retryAfter);
        assertThat(refused.jsonPath().getString("detail")).endsWith("retry in " + retryAfter + " seconds");

        as(client).head(LEVELS).then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]?"));
    }

    @Test
    void anotherClientIsNotAffected() {
        for (int i = 0; i < 4; i++) {
            as("203.0.113.20").get(LEVELS);
        }
        as("203.0.113.20").get(LEVELS).then().statusCode(429);
        as("203.0.113.21")
                .get(LEVELS)
                .then()
                .statusCode(200)
                .header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
        as("2001:db8::21")
                .get(LEVELS)
                .then()
                .statusCode(200)
                .header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
    }

    @Test
    void estimatesBatchesWritesAndReadsAreCountedApart() {
        String client = "203.0.113.30";
        for (int left = 1; left >= 0; left--) {
            as(client)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/subsidy-estimates")
                    .then()
                    .statusCode(not(429))
                    .header("RateLimit-Policy", "\"estimates\";q=2;w=60")
                    .header("RateLimit", matchesPattern("\"estimates\";r=" + left + ";t=\\d+"));
        }
        as(client)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/subsidy-estimates")
                .then()
                .spec(Problems.http(429, "Too Many Requests", "/api/v1/subsidy-estimates"))
                .header("RateLimit-Policy", "\"estimates\";q=2;w=60");

        // Both batch paths share the batches' one request a minute.
        as(client)
                .contentType("application/json")
                .body("[]")
                .post("/api/v1/subsidy-estimates/batch")
                .then()
                .statusCode(not(429))
                .header("RateLimit", matchesPattern("\"batches\";r=0;t=\\d+"));
        as(client)
                .contentType("application/json")
                .body("[]")
                .post("/api/v1/batch")
                .then()
                .spec(Problems.http(429, "Too Many Requests", "/api/v1/batch"))
                .header("RateLimit-Policy", "\"batches\";q=1;w=60");

        // Writes are counted before the token is checked: a third is refused before its 401.
        for (int left = 1; left >= 0; left--) {
            as(client)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/policies")
                    .then()
                    .statusCode(401)
                    .header("RateLimit-Policy", "\"writes\";q=2;w=60")
                    .header("RateLimit", matchesPattern("\"writes\";r=" + left + ";t=\\d+"));
        }
        as(client)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/policies")
                .then()
                .spec(Problems.http(429, "Too Many Requests", "/api/v1/policies"));

        as(client).get(LEVELS).then().statusCode(200).header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
    }

    @Test
    void aBrowserAppMayReadTheFieldsOfARefusal() {
        String client = "203.0.113.40";
        for (int i = 0; i < 3; i++) {
            as(client).header("Origin", ORIGIN).get(LEVELS).then().statusCode(200);
        }
        Response refused = as(client).header("Origin", ORIGIN).get(LEVELS);
        refused.then().statusCode(429).header("Access-Control-Allow-Origin", ORIGIN);
        assertThat(Arrays.stream(refused.header("Access-Control-Expose-Headers").split(","))
                        .map(String::strip))
                .contains("Retry-After", "RateLimit", "RateLimit-Policy", "X-Request-Id");
    }

    @Test
    void preflightsAndPathsOutsideTheApiAreNotCounted() {
        String client = "203.0.113.50";
        for (int i = 0; i < 5; i++) {
            as(client)
                    .header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "GET")
                    .options(LEVELS)
                    .then()
                    .statusCode(200)
                    .header("RateLimit", nullValue());
            as(client).get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
            as(client).get("/q/openapi").then().statusCode(200).header("RateLimit", nullValue());
        }
        as(client).get(LEVELS).then().statusCode(200).header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
    }

    @Test
    void refusalsAreCountedInTheMetrics() {
        String client = "203.0.113.60";
        for (int i = 0; i < 2; i++) {
            as(client).contentType("application/json").body("[]").post("/api/v1/batch");
        }
        String metrics =
                as(client).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher batches = Pattern.compile("(?m)^aitrainer_rate_limited_total\\{policy=\"batches\"} (\\d+)\\.0$")
                .matcher(metrics);
        assertThat(batches.find()).as(metrics).isTrue();
        assertThat(Long.parseLong(batches.group(1))).isPositive();
        assertThat(metrics).contains("aitrainer_rate_limited_total{policy=\"writes\"}");
    }

    /** The only test that sends no X-Forwarded-For: the peer, 127.0.0.1, is the client. */
    @Test
    void withoutAForwardedHeaderTheClientIsThePeer() {
        given().get(LEVELS).then().statusCode(200).header("RateLimit", matchesPattern("\"reads\";r=2;t=\\d+"));
        as("127.0.0.1").get(LEVELS).then().statusCode(200).header("RateLimit", matchesPattern("\"reads\";r=1;t=\\d+"));
    }
}
