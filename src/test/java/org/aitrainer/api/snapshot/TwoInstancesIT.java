package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.EventStream;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.write.BatchWriteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one database, as behind a load balancer: a write through one is
 * answered by the other within a second, through PostgreSQL's notification, and still within the periodic check's
 * interval when the listening connections have been killed.
 */
class TwoInstancesIT {

    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    private static EmbeddedPostgres postgres;
    private static String url;
    private static Instance first;
    private static Instance second;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        first = Instance.start("first", url);
        first.awaitReady();
        second = Instance.start("second", url);
        second.awaitReady();
        token = Jwt.issuer(Tokens.ISSUER)
                .subject("partner-a")
                .groups("editor")
                .sign(KeyUtils.readPrivateKey("jwt/privateKey.pem"));
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                assertThat(Files.readString(instance.log()))
                        .as(instance.log().toString())
                        .doesNotContain("OutOfMemoryError")
                        .doesNotContain(" ERROR ");
            }
        }
    }

    @Test
    void aWriteThroughOneIsAnsweredByTheOtherWithinASecond() {
        String path = "/api/v1/policies/two-instances-notified";
        given().baseUri(second.uri()).get(path).then().statusCode(404);

        create(first, "two-instances-notified");
        Duration seen = untilFound(second, path, Duration.ofSeconds(5));

        assertThat(seen).isLessThan(Duration.ofSeconds(1));
        assertThat(given().baseUri(second.uri()).get(path).header(DataVersionHeader.NAME))
                .isEqualTo(given().baseUri(first.uri()).get(path).header(DataVersionHeader.NAME));
    }

    /** A batch of 1,000 creates through one instance: the other answers all of it, at its one version, within 1 s. */
    @Test
    void aBatchThroughOneIsAnsweredWholeByTheOtherWithinASecond() {
        List<String> ids = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> "two-instances-batch-" + i)
                .toList();
        List<Map<String, Object>> operations = ids.stream()
                .map(id -> BatchWriteTest.create(id, "/sources", SourceWriteTest.source(id)))
                .toList();
        String last = "/api/v1/sources/" + ids.get(999);
        given().baseUri(second.uri()).get(last).then().statusCode(404);

        given().baseUri(first.uri())
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("requests", operations))
                .post("/api/v1/batch")
                .then()
                .statusCode(200);
        Duration seen = untilFound(second, last, Duration.ofSeconds(5));

        assertThat(seen).isLessThan(Duration.ofSeconds(1));
        Response export = given().baseUri(second.uri()).get("/api/v1/export/dataset.json");
        assertThat(export.header(DataVersionHeader.NAME))
                .isEqualTo(given().baseUri(first.uri()).get(last).header(DataVersionHeader.NAME));
        assertThat(export.jsonPath().getList("sources.id", String.class)).containsAll(ids);
    }

    /** A partner corrects a rule through one instance; the other's next estimates follow within a second. */
    @Test
    void aRuleWrittenThroughOneChangesTheOthersEstimateWithinASecond() {
        Map<String, Object> situation = Map.of(
                "region", "CN",
                "level", 3,
                "certificateIssuedOn", "2024-03-01",
                "applyingOn", "2024-06-01",
                "insuredMonths", 20,
                "employmentStatus", "EMPLOYED");
        String national = "results.find { it.policyId == 'unemployment-insurance-skill-subsidy-2017' }.outcome";
        assertThat(estimate(second, situation).getString(national)).isEqualTo("ELIGIBLE");

        given().baseUri(first.uri())
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "kind", "MIN_INSURED_MONTHS",
                        "months", 24,
                        "effectiveFrom", "2024-01-01",
                        "effectiveTo", "2024-12-31",
                        "text", Map.of("zh-CN", "缴费满24个月。", "en", "24 months of contributions."),
                        "sourceId", "mohrss-2024-40",
                        "verification", "REPORTED"))
                .post("/api/v1/policies/unemployment-insurance-skill-subsidy-2017/rules")
                .then()
                .statusCode(201);
        // The writing instance answers with the rule at once.
        assertThat(estimate(first, situation).getString(national)).isEqualTo("INELIGIBLE");

        long started = System.nanoTime();
        while (!estimate(second, situation).getString(national).equals("INELIGIBLE")) {
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("the other instance's estimate")
                    .isLessThan(Duration.ofSeconds(5));
            sleep(10);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    /** A client streaming from one instance gets each write through the other, in order, within a second of it. */
    @Test
    void aStreamOnOneGetsEveryWriteThroughTheOtherInOrderWithinASecond() {
        try (EventStream stream = EventStream.open(second.uri(), null)) {
            assertThat(stream.next(Duration.ofSeconds(5)).name()).isEqualTo("comment");
            for (int i = 0; i < 5; i++) {
                String id = "two-instances-stream-" + i;
                createSource(first, id);
                long written = System.nanoTime();
                EventStream.Event change =
                        stream.changes(1, Duration.ofSeconds(5)).get(0);
                assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(Duration.ofSeconds(1));
                assertThat(JsonPath.from(change.data()).getString("entityId")).isEqualTo(id);
            }
        }
    }

    /**
     * A client that loses its stream on one instance resumes on the other with Last-Event-ID, as EventSource does
     * behind a load balancer: every change once, in the feed's order.
     */
    @Test
    void aStreamResumedOnTheOtherInstanceMissesNothingAndRepeatsNothing() {
        List<String> received = new java.util.ArrayList<>();
        String since;
        try (EventStream stream = EventStream.open(second.uri(), null)) {
            since = stream.next(Duration.ofSeconds(5)).data().replace("changes after ", "");
            for (int i = 0; i < 3; i++) {
                createSource(first, "two-instances-resume-" + i);
            }
            stream.changes(2, Duration.ofSeconds(5)).forEach(event -> received.add(event.id()));
        }
        for (int i = 3; i < 6; i++) {
            createSource(second, "two-instances-resume-" + i);
        }
        try (EventStream resumed = EventStream.open(first.uri(), null, "Last-Event-ID", received.get(1))) {
            resumed.changes(4, Duration.ofSeconds(5)).forEach(event -> received.add(event.id()));
        }
        List<String> feed = EventStream.feedCursors(first.uri(), since);
        assertThat(received)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(feed)
                .hasSize(6);
    }

    /** An instance that shuts down sends its streams where to resume, and ends them. */
    @Test
    void aStreamEndsWithTheResumeEventWhenItsInstanceShutsDown() throws IOException {
        Instance third = Instance.start("third", url);
        try {
            third.awaitReady();
            try (EventStream stream = EventStream.open(third.uri(), null)) {
                assertThat(stream.next(Duration.ofSeconds(5)).name()).isEqualTo("comment");
                createSource(first, "two-instances-shutdown");
                String last = stream.changes(1, Duration.ofSeconds(5)).get(0).id();

                third.stop();
                EventStream.Event resume = stream.next(Duration.ofSeconds(5));
                while (resume != null && "comment".equals(resume.name())) {
                    resume = stream.next(Duration.ofSeconds(5));
                }
                assertThat(resume).isNotNull();
                assertThat(resume.name()).isEqualTo("resume");
                assertThat(resume.id()).isEqualTo(last);
                assertThat(JsonPath.from(resume.data()).getMap(""))
                        .isEqualTo(Map.of(
                                "reason", "shutdown", "after", last, "resume", "/api/v1/changes/stream?after=" + last));
                assertThat(stream.next(Duration.ofSeconds(5)).name()).isEqualTo("end-of-stream");
            }
        } finally {
            third.stop();
            assertThat(Files.readString(third.log())).doesNotContain(" ERROR ");
        }
    }

    private static void createSource(Instance instance, String id) {
        given().baseUri(instance.uri())
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(SourceWriteTest.source(id))
                .post("/api/v1/sources")
                .then()
                .statusCode(201);
    }

    private static JsonPath estimate(Instance instance, Map<String, Object> situation) {
        return given().baseUri(instance.uri())
                .contentType("application/json")
                .body(situation)
                .post("/api/v1/subsidy-estimates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void withTheListeningConnectionsKilledAWriteIsSeenWithinTheCheckInterval() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet killed = connection
                        .createStatement()
                        .executeQuery("select count(*) from ("
                                + "select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                                + SnapshotListener.APPLICATION_NAME + "') terminated")) {
            killed.next();
            assertThat(killed.getInt(1))
                    .as("listening sessions, one per instance")
                    .isEqualTo(2);
        }
        String path = "/api/v1/policies/two-instances-checked";

        create(first, "two-instances-checked");
        Duration seen = untilFound(second, path, CHECK_INTERVAL.multipliedBy(3));

        assertThat(seen).isLessThanOrEqualTo(CHECK_INTERVAL.plusMillis(500));
    }

    private static void create(Instance instance, String id) {
        given().baseUri(instance.uri())
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(PolicyBodies.policy(id))
                .post("/api/v1/policies")
                .then()
                .statusCode(201);
        // The writer reads its own write at once.
        given().baseUri(instance.uri()).get("/api/v1/policies/" + id).then().statusCode(200);
    }

    /** How long after now the instance first answers the path with 200. */
    private static Duration untilFound(Instance instance, String path, Duration limit) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < limit.toNanos()) {
            if (given().baseUri(instance.uri()).get(path).statusCode() == 200) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            sleep(10);
        }
        throw new AssertionError(path + " not answered by the " + instance.name() + " instance within " + limit);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One packaged application in a process of its own, its output in target/. */
    private record Instance(String name, int port, Process process, Path log) {

        static Instance start(String name, String jdbcUrl) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Path.of("target", "two-instances-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx128m",
                            "-XX:+UseSerialGC",
                            "-jar",
                            "target/quarkus-app/quarkus-run.jar"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            environment.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
            environment.put(
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    new File("target/test-classes/jwt/publicKey.pem").getAbsolutePath());
            environment.put("AITRAINER_SNAPSHOT_CHECK_INTERVAL", CHECK_INTERVAL.toSeconds() + "S");
            environment.put("AITRAINER_WARM_UP", "false");
            environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            return new Instance(name, port, builder.start(), log);
        }

        String uri() {
            return "http://localhost:" + port;
        }

        void awaitReady() {
            long started = System.nanoTime();
            while (System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
                assertThat(process.isAlive())
                        .as("the " + name + " instance is running (see " + log + ")")
                        .isTrue();
                try {
                    Response ready = given().baseUri(uri()).get("/q/health/ready");
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (Exception notListeningYet) { // RestAssured throws ConnectException undeclared
                    // the port opens a moment after the process starts
                }
                sleep(200);
            }
            throw new AssertionError("The " + name + " instance was not ready within 60 s (see " + log + ")");
        }

        void stop() {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
