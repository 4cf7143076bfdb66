package org.aitrainer.api.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.EventStream;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.SlowClientsProfile;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.write.BatchWriteTest;
import org.junit.jupiter.api.Test;

/**
 * The limit of open streams (two in this profile), and a stream whose client stops reading: the server keeps no more for it than its connection holds, drops it with the
 * resume event once it has been stalled for the test profile's two seconds, and the other streams go on. The server's
 * connections have a small send buffer here ({@link SlowClientsProfile}), so that a stalled connection is full after
 * tens of kilobytes.
 */
@QuarkusTest
@TestProfile(SlowClientsProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ChangeStreamSlowClientTest {

    @Inject
    ChangeRows changes;

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    /** The profile allows two streams: a third is refused while they are open, and taken once one has closed. */
    @Test
    void aStreamBeyondTheLimitIsA503ProblemWithRetryAfter() throws Exception {
        try (EventStream first = EventStream.open(base(), null)) {
            try (EventStream second = EventStream.open(base(), null)) {
                assertThat(List.of(first.status(), second.status())).containsExactly(200, 200);
                given().get("/api/v1/changes/stream")
                        .then()
                        .spec(Problems.http(503, "Service Unavailable", "/api/v1/changes/stream"))
                        .header("Retry-After", "5")
                        .body("detail", containsString("cannot take another stream"));
            }
            awaitStreams(1);
            try (EventStream third = EventStream.open(base(), null)) {
                assertThat(third.status()).isEqualTo(200);
            }
        }
        awaitStreams(0);
    }

    /**
     * A client that opens a stream and reads nothing while a batch of 1,000 creates is sent: its connection fills,
     * and after the stall timeout it gets the resume event and the end of the stream. Meanwhile another client gets
     * the whole batch, and the stall costs the server no more than the connection holds: the slow stream is gone from
     * the open streams.
     */
    @Test
    void aClientThatDoesNotReadIsDroppedWithTheResumeEventAndTheOthersGoOn() throws Exception {
        long before = changes.latestId();
        try (Socket slow = new Socket();
                EventStream other = EventStream.open(base(), "after=" + before)) {
            slow.setReceiveBufferSize(1024);
            slow.connect(new InetSocketAddress("localhost", RestAssured.port));
            OutputStream out = slow.getOutputStream();
            out.write(("GET /api/v1/changes/stream?after=" + before + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            awaitStreams(2);

            List<Map<String, Object>> operations = IntStream.range(0, 1000)
                    .mapToObj(i -> BatchWriteTest.create(
                            "stream-slow-" + i, "/sources", SourceWriteTest.source("stream-slow-" + i)))
                    .toList();
            given().auth()
                    .oauth2(Tokens.editor("partner-a"))
                    .contentType("application/json")
                    .body(Map.of("requests", operations))
                    .post("/api/v1/batch")
                    .then()
                    .statusCode(200);
            List<EventStream.Event> batch = other.changes(1000, Duration.ofSeconds(20));
            assertThat(batch.get(999).id()).isEqualTo(Long.toString(changes.latestId()));

            awaitStreams(1);
            String text = readAll(slow.getInputStream());
            assertThat(text).startsWith("HTTP/1.1 200");
            int resume = text.lastIndexOf("event: resume");
            assertThat(resume)
                    .as(text.substring(Math.max(0, text.length() - 500)))
                    .isPositive();
            String lastChange = text.substring(text.lastIndexOf("id: ", text.lastIndexOf("event: change")) + 4);
            lastChange = lastChange.substring(0, lastChange.indexOf('\n'));
            String resumeId = text.substring(text.lastIndexOf("id: ", resume) + 4, resume - 1);
            assertThat(resumeId)
                    .as("the resume event names the last change sent")
                    .isEqualTo(lastChange);
            assertThat(Long.parseLong(lastChange)).isLessThan(changes.latestId());
            assertThat(text).contains("\"reason\":\"slow-client\"", "\"after\":\"" + lastChange + "\"");
        }
    }

    /** Reads until the server closes the connection. */
    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Waits until the instance counts that many streams open. */
    private static void awaitStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String expected = "aitrainer_change_streams " + count + ".0";
        while (System.nanoTime() < deadline) {
            if (given().get("/q/metrics").asString().contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the instance did not count " + count + " open streams");
    }
}
