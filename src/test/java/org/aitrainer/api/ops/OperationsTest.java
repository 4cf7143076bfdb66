package org.aitrainer.api.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What operators see: health, metrics, and the request id that ties a response to its log lines. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class OperationsTest {

    @Test
    void theServiceIsLiveReadyAndStarted() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("read-snapshot", "Graceful Shutdown"))
                .body("checks.find { it.name == 'read-snapshot' }.data.dataVersion", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'read-snapshot' }.data.ageSeconds", greaterThanOrEqualTo(0))
                .body(
                        "checks.find { it.name == 'read-snapshot' }.data.loadedAt",
                        matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*Z"));
        given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", contains("database"))
                .body("checks[0].data.schemaVersion", equalTo(latestMigration()))
                .body("checks[0].data.pending", equalTo(0));
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("read-snapshot", "database"));
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndStatusWithHistogramsAndProblems() {
        given().get("/api/v1/levels/3").then().statusCode(200);
        given().get("/api/v1/levels/9").then().statusCode(404);
        String metrics = given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .extract()
                .asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/v1/levels/{level}\"")
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                        + "status=\"404\",uri=\"/api/v1/levels/{level}\"")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/v1/levels/{level}\",le=\"0.005\"")
                .containsPattern("aitrainer_problems_total\\{status=\"404\",?} [1-9]")
                .contains("agroal_active_count{datasource=\"default\"")
                .contains("jvm_memory_used_bytes{area=\"heap\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/levels", "/api/v1/levels/9", "/q/health/ready", "/q/openapi"})
    void everyResponseCarriesANewRequestId(String path) {
        String first = given().get(path)
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
                .extract()
                .header("X-Request-Id");
        given().get(path).then().header("X-Request-Id", not(equalTo(first)));
    }

    @Test
    void aWellFormedRequestIdIsKeptAndNamedInProblems() {
        given().header("X-Request-Id", "checkout-7f3a:retry.2_b")
                .get("/api/v1/levels")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "checkout-7f3a:retry.2_b");
        given().header("X-Request-Id", "partner-42")
                .get("/api/v1/levels/9")
                .then()
                .spec(Problems.notFound("/api/v1/levels/9"))
                .header("X-Request-Id", "partner-42")
                .body("instance", equalTo("/api/v1/levels/9#request=partner-42"));
    }

    @ParameterizedTest(name = "X-Request-Id: {0}")
    @ValueSource(strings = {"has spaces", "semi;colon", "<script>", "é", "", "129 characters"})
    void aMalformedRequestIdIsReplaced(String given) {
        if (given.equals("129 characters")) {
            given = "x".repeat(129);
        }
        given().header("X-Request-Id", given)
                .get("/api/v1/levels/9")
                .then()
                .statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
                .body("instance", matchesPattern("/api/v1/levels/9#request=[0-9a-f]{32}"));
    }

    @Test
    void scriptsInBrowsersMayReadTheRequestId() {
        given().header("Origin", "https://front-end.example")
                .get("/api/v1/levels")
                .then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    /** The version of the newest migration the build holds: what a freshly migrated database is at. */
    private static String latestMigration() {
        try (Stream<Path> migrations = Files.list(Path.of(Thread.currentThread()
                .getContextClassLoader()
                .getResource("db/migration")
                .toURI()))) {
            return String.valueOf(migrations
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9]+__.+\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
