package org.aitrainer.api.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.OutagePostgres;
import org.aitrainer.api.support.OutageProfile;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.write.BatchWriteTest;
import org.junit.jupiter.api.Test;

/**
 * The database goes away: every read goes on from the snapshot, writes answer 503 at once with a problem and
 * Retry-After, the instance stays ready (the database shows DOWN in /q/health), nothing half-written remains, and
 * it recovers by itself when the database is back, picking up what another instance wrote meanwhile.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
@WithTestResource(OutagePostgres.class)
class DatabaseOutageTest {

    /** A read nobody made before the outage: answered from the snapshot all the same. */
    static final String NEVER_READ = "/api/v1/levels?sort=trainingHours";

    @Test
    void duringAnOutageReadsAreAnsweredWritesAnswer503AndAWriteMadeMeanwhileIsPickedUp() throws Exception {
        String version =
                given().get("/api/v1/levels").then().statusCode(200).extract().header("X-Data-Version");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        OutagePostgres.stopDatabase();
        try {
            long started = System.nanoTime();
            given().get(NEVER_READ)
                    .then()
                    .statusCode(200)
                    .header("X-Data-Version", version)
                    .body("items.level", contains(1, 2, 3, 4, 5));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            given().get("/api/v1/subsidies?region=440300&level=3&on=2025-03-01")
                    .then()
                    .statusCode(200)
                    .body("items.amount.amount", hasItem(2400));

            unavailable(
                    PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("outage-test-policy")),
                    "/api/v1/policies");

            given().get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'read-snapshot' }.status", equalTo("UP"))
                    .body(
                            "checks.find { it.name == 'read-snapshot' }.data.dataVersion",
                            equalTo(Integer.valueOf(version)));
            given().get("/q/health")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'read-snapshot' }.status", equalTo("UP"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            OutagePostgres.startDatabase();
        }

        // Another instance writes as soon as the database is back, while this one may still be reconnecting.
        try (Connection other = OutagePostgres.connect()) {
            other.setAutoCommit(false);
            other.createStatement()
                    .execute("update source set title_en = 'Retitled meanwhile', version = version + 1 "
                            + "where slug = 'nosc-2021'");
            other.createStatement()
                    .execute("insert into audit_log (author, entity_type, entity_id, action, before, "
                            + "after) values ('another-instance', 'source', 'nosc-2021', 'UPDATE', '{}', '{}')");
            other.createStatement()
                    .execute("select pg_notify('aitrainer_data_version', "
                            + "cast((select max(id) from audit_log) as text))");
            other.commit();
        }
        long back = System.nanoTime();
        String title = null;
        while (!"Retitled meanwhile".equals(title)
                && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            title = given().get("/api/v1/sources/nosc-2021?lang=en")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("title");
        }
        assertThat(title)
                .as("the other instance's write, within 10 s of the database's return")
                .isEqualTo("Retitled meanwhile");
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
        given().get("/api/v1/policies/outage-test-policy")
                .then()
                .spec(Problems.notFound("/api/v1/policies/outage-test-policy"));
        given().get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.entityId", not(hasItem("outage-test-policy")));
    }

    @Test
    void aWriteInFlightWhenTheDatabaseDiesIsNotCommittedAndTheClientIsTold() throws Exception {
        String policy = "/api/v1/policies/shenzhen-skill-certificate-subsidy";
        Map<String, Object> benefit = Map.of(
                "level",
                2,
                "kind",
                "CERTIFICATE_SUBSIDY",
                "amount",
                9999,
                "currency",
                "CNY",
                "effectiveFrom",
                "2040-01-01",
                "sourceId",
                "sz-repost-cdhao",
                "verification",
                "REPORTED");
        int benefitsBefore =
                given().get(policy).then().statusCode(200).extract().path("benefits.size()");

        // Another session holds the policy's row, so the write blocks in the middle of its transaction.
        try (Connection blocker = OutagePostgres.connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement()
                    .execute("select 1 from policy where slug = 'shenzhen-skill-certificate-subsidy' for update");
            var write = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(Tokens.editor("partner-a"))
                    .contentType("application/json")
                    .body(benefit)
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

        try (Connection check = OutagePostgres.connect();
                var rows = check.createStatement().executeQuery("select count(*) from benefit where amount = 9999")) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("benefits written by the interrupted request")
                    .isZero();
        }
        given().get(policy + "?lang=en")
                .then()
                .statusCode(200)
                .body("benefits.size()", equalTo(benefitsBefore))
                .body("benefits.amount.amount", not(hasItem(9999)));
    }

    /**
     * A batch whose first 300 creates are written when one of its operations waits on a row another session holds,
     * and the database dies: the client is told, and none of the batch is published.
     */
    @Test
    void aBatchInFlightWhenTheDatabaseDiesPublishesNothingOfIt() throws Exception {
        String policy = "/api/v1/policies/shenzhen-skill-certificate-subsidy";
        List<Map<String, Object>> operations = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (i == 300) {
                operations.add(Map.of(
                        "id",
                        "benefit",
                        "method",
                        "POST",
                        "url",
                        "/policies/shenzhen-skill-certificate-subsidy/benefits",
                        "body",
                        Map.of(
                                "level", 1,
                                "kind", "CERTIFICATE_SUBSIDY",
                                "amount", 8888,
                                "currency", "CNY",
                                "effectiveFrom", "2041-01-01",
                                "sourceId", "sz-repost-cdhao",
                                "verification", "REPORTED")));
            }
            operations.add(BatchWriteTest.create(
                    "outage-batch-" + i, "/sources", SourceWriteTest.source("outage-batch-" + i)));
        }
        try (Connection blocker = OutagePostgres.connect()) {
            blocker.setAutoCommit(false);
            blocker.createStatement()
                    .execute("select 1 from policy where slug = 'shenzhen-skill-certificate-subsidy' for update");
            var batch = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(Tokens.editor("partner-a"))
                    .contentType("application/json")
                    .body(Map.of("requests", operations))
                    .post("/api/v1/batch"));
            Thread.sleep(1500);
            assertThat(batch).isNotDone();
            OutagePostgres.stopDatabase();
            try {
                unavailable(batch.get(10, TimeUnit.SECONDS), "/api/v1/batch");
            } finally {
                OutagePostgres.startDatabase();
            }
        } catch (SQLException expected) {
            // the blocking session died with the database
        }

        try (Connection check = OutagePostgres.connect();
                var rows = check.createStatement()
                        .executeQuery("select (select count(*) from source where slug like 'outage-batch-%'), "
                                + "(select count(*) from benefit where amount = 8888), "
                                + "(select count(*) from audit_log where entity_id like 'outage-batch-%')")) {
            rows.next();
            assertThat(List.of(rows.getInt(1), rows.getInt(2), rows.getInt(3)))
                    .as("sources, benefits and change-log rows of the interrupted batch")
                    .containsExactly(0, 0, 0);
        }
        given().get("/api/v1/sources/outage-batch-0").then().spec(Problems.notFound("/api/v1/sources/outage-batch-0"));
        given().get(policy + "?lang=en").then().statusCode(200).body("benefits.amount.amount", not(hasItem(8888)));
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
