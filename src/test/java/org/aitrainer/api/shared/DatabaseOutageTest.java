package org.aitrainer.api.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.aitrainer.api.support.OutagePostgres;
import org.aitrainer.api.support.OutageProfile;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The database goes away: reads and writes answer 503 at once, with a problem and Retry-After; the service stays
 * alive but not ready; nothing half-written remains; and it recovers by itself when the database is back.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
@WithTestResource(OutagePostgres.class)
class DatabaseOutageTest {

    static final String NOT_HELD = "/api/v1/levels?sort=trainingHours";

    @Test
    void duringAnOutageRequestsAnswer503QuicklyAndTheServiceRecoversByItself() {
        given().get("/api/v1/levels").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        OutagePostgres.stopDatabase();
        try {
            long started = System.nanoTime();
            Response read = given().get(NOT_HELD);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            unavailable(read, "/api/v1/levels");
            assertThat(took).isLessThan(Duration.ofSeconds(2));

            // A read the service already holds in memory is still answered: the data cannot have changed.
            given().get("/api/v1/levels").then().statusCode(200);

            unavailable(PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("outage-test-policy")),
                    "/api/v1/policies");

            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            OutagePostgres.startDatabase();
        }

        long back = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
            status = given().get(NOT_HELD).then().extract().statusCode();
            if (status == 200) {
                break;
            }
        }
        assertThat(status).as("a read within 5 s of the database's return").isEqualTo(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/policies/outage-test-policy").then().spec(Problems.notFound(
                "/api/v1/policies/outage-test-policy"));
        given().get("/api/v1/changes").then().statusCode(200)
                .body("items.entityId", not(hasItem("outage-test-policy")));
    }

    @Test
    void aWriteInFlightWhenTheDatabaseDiesIsNotCommittedAndTheClientIsTold() throws Exception {
        String policy = "/api/v1/policies/shenzhen-skill-certificate-subsidy";
        Map<String, Object> benefit = Map.of("level", 2, "kind", "CERTIFICATE_SUBSIDY", "amount", 9999,
                "currency", "CNY", "effectiveFrom", "2040-01-01", "sourceId", "sz-repost-cdhao",
                "verification", "REPORTED");
        int benefitsBefore = given().get(policy).then().statusCode(200).extract().path("benefits.size()");

        // Another session holds the policy's row, so the write blocks in the middle of its transaction.
        try (Connection blocker = OutagePostgres.connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute(
                    "select 1 from policy where slug = 'shenzhen-skill-certificate-subsidy' for update");
            var write = CompletableFuture.supplyAsync(() -> given()
                    .auth().oauth2(Tokens.editor("partner-a")).contentType("application/json").body(benefit)
                    .post(policy + "/benefits"));
            Thread.sleep(1000);
            assertThat(write).isNotDone();
            OutagePostgres.stopDatabase();
            try {
                unavailable(write.get(10, TimeUnit.SECONDS), policy + "/benefits");
            } finally {
                OutagePostgres.startDatabase();
            }
        } catch (SQLException expected) {
            // the blocking session died with the database
        }

        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
            status = given().get(policy + "?lang=en").then().extract().statusCode();
        }
        assertThat(status).isEqualTo(200);
        given().get(policy + "?lang=en").then().statusCode(200)
                .body("benefits.size()", equalTo(benefitsBefore))
                .body("benefits.amount.amount", not(hasItem(9999)));
    }

    private static void unavailable(Response response, String path) {
        response.then()
                .spec(Problems.http(503, "Service Unavailable", path))
                .header("Retry-After", "5")
                .header("Cache-Control", "no-store")
                .body("detail", containsString("nothing was written"))
                .body("instance", matchesPattern(Pattern.quote(path) + "#request=[0-9a-f]{32}")); // generated
    }
}
