package org.aitrainer.api.write;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.snapshot.DataVersionHeader;
import org.aitrainer.api.snapshot.SnapshotListener;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** POST /api/v1/batch: all of a batch or none of it, with one data version, errors naming each operation. */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
public class BatchWriteTest {

    static final String BATCH = "/api/v1/batch";

    @Inject
    ChangeRows changes;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** A batch operation that POSTs {@code body} to {@code url}. */
    public static Map<String, Object> create(String id, String url, Object body) {
        Map<String, Object> operation = new HashMap<>();
        operation.put("id", id);
        operation.put("method", "POST");
        operation.put("url", url);
        operation.put("body", body);
        return operation;
    }

    static Map<String, Object> operation(String id, String method, String url, String ifMatch, Object body) {
        Map<String, Object> operation = create(id, url, body);
        operation.put("method", method);
        if (ifMatch != null) {
            operation.put("headers", Map.of("If-Match", ifMatch));
        }
        if (body == null) {
            operation.remove("body");
        }
        return operation;
    }

    static List<Map<String, Object>> sourceCreates(String prefix, int count) {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            operations.add(create(Integer.toString(i), "/sources", SourceWriteTest.source(prefix + "-" + i)));
        }
        return operations;
    }

    static Response submit(String token, List<Map<String, Object>> operations) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("requests", operations))
                .post(BATCH);
    }

    static long servedVersion() {
        return Long.parseLong(
                given().get("/api/v1/levels").then().statusCode(200).extract().header(DataVersionHeader.NAME));
    }

    @Test
    void aThousandCreatesLandWholeWithOneVersionAndOneNotification() throws Exception {
        long before = changes.latestId();
        List<String> notifications;
        Response response;
        try (Connection listening = listen()) {
            response = submit(Tokens.editor("batch-loader"), sourceCreates("bt-thousand", 1000));
            notifications = notifications(listening);
        }
        response.then()
                .statusCode(200)
                .contentType("application/json")
                .body("responses", hasSize(1000))
                .body("responses.status", everyItem(equalTo(201)))
                .body("responses[0].id", equalTo("0"))
                .body("responses[999].id", equalTo("999"))
                .body("responses[999].headers.Location", matchesPattern("http://[^/]+/api/v1/sources/bt-thousand-999"))
                .body("responses[999].headers.ETag", equalTo(ETags.of(0)))
                .body("responses[999].body.id", equalTo("bt-thousand-999"));
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).hasSize(1000);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.author()).isEqualTo("batch-loader");
            assertThat(row.action()).isEqualTo("CREATE");
        });
        assertThat(rows.stream().map(ChangeRows.Row::entityId).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 1000)
                        .mapToObj(i -> "bt-thousand-" + i)
                        .toList());
        long version = rows.get(999).id();
        assertThat(notifications).containsExactly(Long.toString(version));
        // The writer reads its own batch at once: the snapshot holds the batch's one version.
        assertThat(servedVersion()).isEqualTo(version);
        given().get("/api/v1/sources/bt-thousand-0").then().statusCode(200);
        given().get("/api/v1/sources/bt-thousand-999").then().statusCode(200);
        // The change feed shows the batch as its records' changes, in order, all published in that one version.
        given().queryParam("since", before)
                .queryParam("limit", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items", hasSize(1000))
                .body("items.version", everyItem(equalTo((int) version)))
                .body("items[0].cursor", equalTo(Long.toString(before + 1)))
                .body("items[0].data.id", equalTo("bt-thousand-0"))
                .body("items[999].cursor", equalTo(Long.toString(version)))
                .body("nextCursor", equalTo(Long.toString(version)));
        // The export is read at that version and holds the whole batch.
        Response export = given().get("/api/v1/export/dataset.json");
        export.then().statusCode(200).header(DataVersionHeader.NAME, Long.toString(version));
        assertThat(export.jsonPath().getList("sources.id", String.class)).contains("bt-thousand-0", "bt-thousand-999");
    }

    @Test
    void aBatchWhose700thOperationIsInvalidChangesNothing() {
        long before = changes.latestId();
        long served = servedVersion();
        List<Map<String, Object>> operations = sourceCreates("bt-refused", 1000);
        Map<String, Object> invalid = SourceWriteTest.source("bt-refused-699");
        invalid.put("title", Map.of("en", "No Chinese title"));
        operations.get(699).put("body", invalid);
        submit(Tokens.editor("batch-loader"), operations)
                .then()
                .spec(Problems.invalidBody(BATCH, "requests[699].body.title.zh-CN"))
                .body("errors", hasSize(1))
                .body("detail", equalTo("requests[699].body.title.zh-CN must not be blank"));
        assertThat(changes.latestId()).isEqualTo(before);
        assertThat(servedVersion()).isEqualTo(served);
        given().get("/api/v1/sources/bt-refused-0").then().spec(Problems.notFound("/api/v1/sources/bt-refused-0"));
    }

    @Test
    void everyInvalidOperationIsNamedByItsIndexAndField() {
        long before = changes.latestId();
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(create("a", "/sources", SourceWriteTest.source("bt-named-0")));
        operations.add(create("a", "/sources", SourceWriteTest.source("bt-named-1")));
        operations.add(create("c", "/nowhere", Map.of()));
        operations.add(operation("d", "PATCH", "/sources/bt-named-0", null, null));
        operations.add(operation("e", "DELETE", "/sources/bt-named-0", "\"0\"", SourceWriteTest.source("x")));
        operations.add(operation("f", "PUT", "/sources/bt-named-0", "\"0\"", null));
        operations.add(create("g", "/sources?lang=en", SourceWriteTest.source("bt-named-2")));
        Map<String, Object> header = create("h", "/sources", SourceWriteTest.source("bt-named-3"));
        header.put("headers", Map.of("Idempotency-Key", "k"));
        operations.add(header);
        operations.add(create("i", "/policies", Map.of("id", "bt-named-policy", "category", "NO_SUCH_CATEGORY")));
        submit(Tokens.admin("batch-admin"), operations)
                .then()
                .spec(Problems.invalidBody(BATCH, "requests[1].id"))
                .body(
                        "errors.field",
                        contains(
                                "requests[1].id",
                                "requests[2].url",
                                "requests[3].method",
                                "requests[4].body",
                                "requests[5].body",
                                "requests[6].url",
                                "requests[7].headers.Idempotency-Key",
                                "requests[8].body.category"))
                .body("errors[0].message", equalTo("must be unique in the batch; operation 0 has it too"))
                .body("errors[3].message", equalTo("must be absent: a DELETE takes no body"));
        assertThat(changes.latestId()).isEqualTo(before);
    }

    @Test
    void aConflictFoundWhileApplyingRefusesTheWholeBatch() {
        SourceWriteTest.create(Tokens.editor("batch-loader"), SourceWriteTest.source("bt-taken"))
                .then()
                .statusCode(201);
        long before = changes.latestId();
        submit(
                        Tokens.editor("batch-loader"),
                        List.of(
                                create("first", "/sources", SourceWriteTest.source("bt-conflict-new")),
                                create("second", "/sources", SourceWriteTest.source("bt-taken"))))
                .then()
                .statusCode(409)
                .contentType(Problems.MEDIA_TYPE)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("Operation 1 (id second) was refused, so nothing of the batch"))
                .body("errors.field", contains("requests[1]"))
                .body("conflictsWith", equalTo("bt-taken"));
        assertThat(changes.latestId()).isEqualTo(before);
        given().get("/api/v1/sources/bt-conflict-new").then().statusCode(404);
    }

    @Test
    void updatesAndDeletesTakeIfMatchAndRolesApplyPerOperation() {
        String admin = Tokens.admin("batch-admin");
        submit(admin, sourceCreates("bt-edit", 2)).then().statusCode(200);
        Map<String, Object> updated = SourceWriteTest.source("bt-edit-0");
        updated.put("title", Map.of("zh-CN", "改过的来源", "en", "Edited source"));
        List<Map<String, Object>> edits = List.of(
                operation("put", "PUT", "/sources/bt-edit-0", ETags.of(0), updated),
                operation("delete", "DELETE", "/sources/bt-edit-1", ETags.of(0), null));
        long before = changes.latestId();
        // An editor may update but not delete: the batch is refused whole.
        submit(Tokens.editor("batch-loader"), edits)
                .then()
                .spec(Problems.http(403, "Forbidden", BATCH))
                .body("errors.field", contains("requests[1].method"));
        // A stale If-Match is a 412 naming the operation's header.
        submit(admin, List.of(operation("put", "PUT", "/sources/bt-edit-0", ETags.of(7), updated)))
                .then()
                .spec(Problems.http(412, "Precondition Failed", BATCH))
                .body("errors.field", contains("requests[0].headers.If-Match"));
        assertThat(changes.latestId()).isEqualTo(before);
        submit(admin, edits)
                .then()
                .statusCode(200)
                .body("responses.status", contains(200, 204))
                .body("responses[0].headers.ETag", equalTo(ETags.of(1)))
                .body("responses[0].body.title", equalTo("改过的来源"))
                .body("responses[1].headers", equalTo(Map.of()))
                .body("responses[1].body", nullValue());
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(rows).extracting(ChangeRows.Row::action).containsExactly("UPDATE", "DELETE");
        given().get("/api/v1/sources/bt-edit-1").then().statusCode(404);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswer() {
        List<Map<String, Object>> operations = sourceCreates("bt-replay", 3);
        String token = Tokens.editor("batch-loader");
        String first = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", "bt-replay-key")
                .body(Map.of("requests", operations))
                .post(BATCH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        long after = changes.latestId();
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("Idempotency-Key", "bt-replay-key")
                .body(Map.of("requests", operations))
                .post(BATCH)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body(equalTo(first));
        assertThat(changes.latestId()).isEqualTo(after);
    }

    @Test
    void aBatchTakesUpToOneMebibyteAndAThousandOperations() {
        List<Map<String, Object>> many = sourceCreates("bt-many", 1001);
        submit(Tokens.editor("batch-loader"), many).then().spec(Problems.invalidBody(BATCH, "requests"));
        String padding = "x".repeat(600 * 1024);
        Map<String, Object> body = SourceWriteTest.source("bt-large");
        body.put("note", Map.of("zh-CN", padding, "en", padding));
        submit(Tokens.editor("batch-loader"), List.of(create("0", "/sources", body)))
                .then()
                .spec(Problems.http(413, "Content Too Large", BATCH));
    }

    @Test
    void concurrentSingleWritesAndBatchesNeitherLoseNorDuplicateARecord() throws Exception {
        long before = changes.latestId();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int c = client;
            Callable<Integer> work = () -> {
                int written = 0;
                for (int round = 0; round < 3; round++) {
                    submit(Tokens.editor("batch-client-" + c), sourceCreates("bt-c" + c + "-r" + round, 20))
                            .then()
                            .statusCode(200);
                    written += 20;
                    SourceWriteTest.create(
                                    Tokens.editor("batch-client-" + c),
                                    SourceWriteTest.source("bt-c" + c + "-single-" + round))
                            .then()
                            .statusCode(201);
                    written++;
                }
                return written;
            };
            done.add(clients.submit(work));
        }
        int written = 0;
        for (Future<Integer> client : done) {
            written += client.get();
        }
        clients.shutdown();
        List<ChangeRows.Row> rows = changes.since(before);
        assertThat(written).isEqualTo(8 * 63);
        assertThat(rows).hasSize(written);
        assertThat(rows.stream().map(ChangeRows.Row::entityId).distinct().count())
                .isEqualTo(written);
        assertThat(servedVersion())
                .isGreaterThanOrEqualTo(rows.get(rows.size() - 1).id());
    }

    @Test
    void concurrentUpdatesWithOneETagLetOneThroughAndAnswerEveryOther412() throws Exception {
        int clients = 8;
        int rounds = 3;
        String path = "/api/v1/sources/bt-contended";
        SourceWriteTest.create(Tokens.editor("batch-client"), SourceWriteTest.source("bt-contended"))
                .then()
                .statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 0; round < rounds; round++) {
                String etag = given().get(path).then().statusCode(200).extract().header("ETag");
                CyclicBarrier start = new CyclicBarrier(clients);
                List<Future<Response>> answers = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    int c = client;
                    int r = round;
                    answers.add(pool.submit(() -> {
                        Map<String, Object> changed = SourceWriteTest.source("bt-contended");
                        changed.put("title", Map.of("zh-CN", "改过的来源", "en", "Changed by client " + c));
                        start.await();
                        if (c % 2 == 0) {
                            return given().auth()
                                    .oauth2(Tokens.editor("batch-client-" + c))
                                    .header("If-Match", etag)
                                    .contentType("application/json")
                                    .body(changed)
                                    .put(path);
                        }
                        // A batch that creates a record, then updates the contended one: all or nothing.
                        return submit(
                                Tokens.editor("batch-client-" + c),
                                List.of(
                                        create("new", "/sources", SourceWriteTest.source("bt-race-" + r + "-" + c)),
                                        operation("update", "PUT", "/sources/bt-contended", etag, changed)));
                    }));
                }
                int applied = 0;
                for (int client = 0; client < clients; client++) {
                    Response answer = answers.get(client).get();
                    boolean batch = client % 2 == 1;
                    if (answer.statusCode() == 200) {
                        applied++;
                        continue;
                    }
                    answer.then()
                            .spec(Problems.http(412, "Precondition Failed", batch ? BATCH : path))
                            .body("detail", containsString("GET it again and retry"));
                    if (batch) {
                        answer.then()
                                .body("detail", startsWith("Operation 1 (id update) was refused"))
                                .body("errors.field", contains("requests[1].headers.If-Match"));
                        given().get("/api/v1/sources/bt-race-" + round + "-" + client)
                                .then()
                                .statusCode(404);
                    }
                }
                assertThat(applied).as("updates applied in round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        given().get(path).then().statusCode(200).header("ETag", startsWith("\"" + rounds + "-"));
    }

    private Connection listen() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        Connection connection = DriverManager.getConnection(url, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + SnapshotListener.CHANNEL);
        }
        return connection;
    }

    private static List<String> notifications(Connection connection) throws Exception {
        List<String> received = new ArrayList<>();
        PGNotification[] batch = connection.unwrap(PGConnection.class).getNotifications(500);
        while (batch != null && batch.length > 0) {
            for (PGNotification notification : batch) {
                received.add(notification.getParameter());
            }
            batch = connection.unwrap(PGConnection.class).getNotifications(200);
        }
        return received;
    }
}
