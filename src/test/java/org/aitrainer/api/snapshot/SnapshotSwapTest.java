package org.aitrainer.api.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aitrainer.api.policy.BenefitWriteTest;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.aitrainer.api.write.BatchWriteTest;
import org.junit.jupiter.api.Test;

/**
 * Snapshots are swapped whole: readers racing a series of writes see each data version with one body only (never a
 * policy with benefits of two versions), versions only move forward for each reader, and the last write is read.
 * Writers that write side by side each read their own write at once, single or batched.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class SnapshotSwapTest {

    private static final String POLICY = "/api/v1/policies/swap-test-policy";
    private static final String LOOKUP = "/api/v1/subsidies?region=440300&on=2090-06-01&size=100&lang=en";
    private static final int WRITES = 12;
    private static final int READERS = 4;

    /** One answer a reader got: which reader, in which order, at which data version, and the body. */
    private record Read(int reader, int sequence, String url, long version, String body) {}

    @Test
    void readersRacingWritesNeverSeeAMixOfVersions() throws Exception {
        PolicyBodies.create(Tokens.editor("partner-a"), PolicyBodies.policy("swap-test-policy"))
                .then()
                .statusCode(201);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Read> reads = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.add(pool.submit(() -> {
                int sequence = 0;
                while (writing.get()) {
                    for (String url : List.of(POLICY + "?lang=en", LOOKUP)) {
                        Response response = given().get(url);
                        assertThat(response.statusCode()).as(url).isEqualTo(200);
                        reads.add(new Read(
                                reader,
                                sequence++,
                                url,
                                Long.parseLong(response.header(DataVersionHeader.NAME)),
                                response.asString()));
                    }
                }
            }));
        }
        long lastVersion = 0;
        try {
            for (int i = 0; i < WRITES; i++) {
                int year = 2080 + i;
                Map<String, Object> benefit =
                        BenefitWriteTest.benefit(5 - i % 5, 1000 + i, year + "-01-01", year + "-12-31");
                given().auth()
                        .oauth2(Tokens.editor("partner-a"))
                        .contentType("application/json")
                        .body(benefit)
                        .post(POLICY + "/benefits")
                        .then()
                        .statusCode(201);
                // Read-your-write on this instance: the very next read has the new benefit.
                Response after = given().get(POLICY + "?lang=en");
                assertThat(after.jsonPath().getList("benefits.amount.amount", Integer.class))
                        .contains(1000 + i);
                long version = Long.parseLong(after.header(DataVersionHeader.NAME));
                assertThat(version).isGreaterThan(lastVersion);
                lastVersion = version;
            }
        } finally {
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
            pool.shutdown();
        }

        Map<String, String> bodyOf = new ConcurrentHashMap<>();
        Map<Integer, Long> newestSeen = new HashMap<>();
        List<Read> ordered = new ArrayList<>(reads);
        ordered.sort(java.util.Comparator.comparingInt(Read::reader).thenComparingInt(Read::sequence));
        for (Read read : ordered) {
            String first = bodyOf.putIfAbsent(read.url() + " @" + read.version(), read.body());
            assertThat(read.body())
                    .as("%s at data version %d", read.url(), read.version())
                    .isEqualTo(first == null ? read.body() : first);
            long newest = newestSeen.getOrDefault(read.reader(), 0L);
            assertThat(read.version())
                    .as("reader %d's versions never go back", read.reader())
                    .isGreaterThanOrEqualTo(newest);
            newestSeen.put(read.reader(), read.version());
        }
        assertThat(bodyOf.keySet().stream()
                        .filter(key -> key.startsWith(POLICY))
                        .count())
                .as("distinct versions the readers saw")
                .isGreaterThan(1);
        assertThat(reads).hasSizeGreaterThan(WRITES);
    }

    @Test
    void everyWriterReadsItsOwnWriteAtOnceWhileOthersWrite() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                String token = Tokens.editor("swap-writer-" + writer);
                long newest = 0;
                int checked = 0;
                for (int i = 0; i < 6; i++) {
                    String id = "swap-w" + writer + "-" + i;
                    String path = "/api/v1/sources/" + id;
                    SourceWriteTest.create(token, SourceWriteTest.source(id))
                            .then()
                            .statusCode(201);
                    Response created = given().get(path + "?lang=en");
                    assertThat(created.statusCode())
                            .as("%s read after its creation", id)
                            .isEqualTo(200);
                    newest = atLeast(newest, created, id);

                    Map<String, Object> changed = SourceWriteTest.source(id);
                    changed.put("title", Map.of("zh-CN", "改过的来源", "en", "Changed " + id));
                    given().auth()
                            .oauth2(token)
                            .header("If-Match", created.header("ETag"))
                            .contentType("application/json")
                            .body(changed)
                            .put(path)
                            .then()
                            .statusCode(200);
                    Response updated = given().get(path + "?lang=en");
                    assertThat(updated.jsonPath().getString("title"))
                            .as("%s read after its update", id)
                            .isEqualTo("Changed " + id);
                    newest = atLeast(newest, updated, id);

                    List<Map<String, Object>> operations = new ArrayList<>();
                    for (int b = 0; b < 5; b++) {
                        operations.add(BatchWriteTest.create(
                                Integer.toString(b), "/sources", SourceWriteTest.source(id + "-batch-" + b)));
                    }
                    given().auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(Map.of("requests", operations))
                            .post("/api/v1/batch")
                            .then()
                            .statusCode(200);
                    for (int b = 0; b < 5; b++) {
                        Response batched = given().get(path + "-batch-" + b);
                        assertThat(batched.statusCode())
                                .as("%s-batch-%d read after its batch", id, b)
                                .isEqualTo(200);
                        newest = atLeast(newest, batched, id);
                    }
                    checked += 7;
                }
                return checked;
            }));
        }
        int checked = 0;
        try {
            for (Future<Integer> writer : done) {
                checked += writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(checked).isEqualTo(writers * 6 * 7);
    }

    /** The data version of a writer's read, which never goes back for that writer. */
    private static long atLeast(long newest, Response read, String id) {
        long version = Long.parseLong(read.header(DataVersionHeader.NAME));
        assertThat(version)
                .as("the data version of a read after a write of %s", id)
                .isGreaterThanOrEqualTo(newest);
        return version;
    }
}
