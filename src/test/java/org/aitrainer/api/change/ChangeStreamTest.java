package org.aitrainer.api.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.ChangeRows;
import org.aitrainer.api.support.EventStream;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.Test;

/**
 * The stream of changes on one instance: every change once, in commit order, as the change feed has it; resumption
 * from Last-Event-ID or after; heartbeats (every second in the tests); bad cursors. A client that stops reading is
 * {@link ChangeStreamSlowClientTest}'s.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class ChangeStreamTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Inject
    ChangeRows changes;

    @Inject
    ObjectMapper json;

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aClientReceivesEachChangeOnceInCommitOrderAsTheFeedHasIt() throws IOException {
        long before = changes.latestId();
        try (EventStream stream = EventStream.open(base(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-cache");
            EventStream.Event opened = stream.next(WITHIN);
            assertThat(opened.name()).isEqualTo("comment");
            assertThat(opened.data()).isEqualTo("changes after " + before);

            for (String id : List.of("stream-order-1", "stream-order-2", "stream-order-3")) {
                SourceWriteTest.create(Tokens.editor("partner-a"), SourceWriteTest.source(id))
                        .then()
                        .statusCode(201);
            }
            List<EventStream.Event> received = stream.changes(3, WITHIN);

            List<Map<String, Object>> feed = given().queryParam("since", before)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            assertThat(received)
                    .extracting(EventStream.Event::id)
                    .containsExactlyElementsOf(
                            feed.stream().map(c -> (String) c.get("cursor")).toList());
            for (int i = 0; i < 3; i++) {
                assertThat(json.readTree(received.get(i).data())).isEqualTo(json.valueToTree(feed.get(i)));
            }
            assertThat(feed)
                    .extracting(c -> c.get("entityId"))
                    .containsExactly("stream-order-1", "stream-order-2", "stream-order-3");
        }
    }

    @Test
    void aClientThatResumesWithLastEventIdMissesNothingAndRepeatsNothing() {
        long before = changes.latestId();
        List<String> ids =
                IntStream.range(0, 6).mapToObj(i -> "stream-resume-" + i).toList();
        List<String> received = new ArrayList<>();
        String last;
        try (EventStream stream = EventStream.open(base(), "after=" + before)) {
            for (String id : ids.subList(0, 3)) {
                SourceWriteTest.create(Tokens.editor("partner-a"), SourceWriteTest.source(id))
                        .then()
                        .statusCode(201);
            }
            List<EventStream.Event> first = stream.changes(2, WITHIN);
            first.forEach(event -> received.add(event.id()));
            last = first.get(1).id();
        }
        for (String id : ids.subList(3, 6)) {
            SourceWriteTest.create(Tokens.editor("partner-a"), SourceWriteTest.source(id))
                    .then()
                    .statusCode(201);
        }
        try (EventStream resumed = EventStream.open(base(), "after=0", "Last-Event-ID", last)) {
            EventStream.Event opened = resumed.next(WITHIN);
            assertThat(opened.data())
                    .as("Last-Event-ID takes precedence over after")
                    .isEqualTo("changes after " + last);
            resumed.changes(4, WITHIN).forEach(event -> received.add(event.id()));
            EventStream.Event more = resumed.next(Duration.ofMillis(1500));
            assertThat(more == null || "comment".equals(more.name()))
                    .as("nothing after the six changes: " + more)
                    .isTrue();
        }
        List<String> feed = EventStream.feedCursors(base(), Long.toString(before));
        assertThat(received)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(feed)
                .hasSize(6);
    }

    @Test
    void aStreamFromTheStartSendsTheWholeFeedInOrder() {
        long latest = changes.latestId();
        List<String> feed = EventStream.feedCursors(base(), "0").stream()
                .filter(cursor -> Long.parseLong(cursor) <= latest)
                .toList();
        assertThat(feed)
                .as("the migrations' changes and those of the tests before")
                .hasSizeGreaterThan(100);
        try (EventStream stream = EventStream.open(base(), "after=0")) {
            List<String> received = stream.changes(feed.size(), Duration.ofSeconds(20)).stream()
                    .map(EventStream.Event::id)
                    .toList();
            assertThat(received).containsExactlyElementsOf(feed);
        }
    }

    @Test
    void anIdleStreamGetsAHeartbeatComment() {
        try (EventStream stream = EventStream.open(base(), null)) {
            assertThat(stream.next(WITHIN).name()).isEqualTo("comment"); // the opening comment
            EventStream.Event heartbeat = stream.next(Duration.ofSeconds(3));
            assertThat(heartbeat).isEqualTo(new EventStream.Event(null, "comment", ""));
        }
    }

    @Test
    void aCursorThatIsNotOneIsA400Problem() {
        given().queryParam("after", "yesterday")
                .get("/api/v1/changes/stream")
                .then()
                .spec(Problems.invalidParameter("/api/v1/changes/stream", "after"));
        given().header("Last-Event-ID", "-1")
                .get("/api/v1/changes/stream")
                .then()
                .spec(Problems.invalidParameter("/api/v1/changes/stream", "Last-Event-ID"));
    }
}
