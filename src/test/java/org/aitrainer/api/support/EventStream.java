package org.aitrainer.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of {@code GET /api/v1/changes/stream} that reads the events as EventSource does: fields up to a blank line
 * make an event; a line that starts with a colon is a comment. A thread of its own reads, so that the test can write
 * meanwhile and wait for what arrives.
 */
public final class EventStream implements AutoCloseable {

    /** One event; a comment is an event named {@code comment} with the comment as its data. */
    public record Event(String id, String name, String data) {}

    private static final Event END = new Event(null, "end-of-stream", null);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean ended;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a stream; headers alternate names and values (Last-Event-ID, say). */
    public static EventStream open(String baseUri, String query, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(baseUri + "/api/v1/changes/stream" + (query == null ? "" : "?" + query)))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new EventStream(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cursors of the change feed after {@code since}, every page of it, for comparing what a stream sent with
     * what the feed has.
     */
    public static List<String> feedCursors(String baseUri, String since) {
        List<String> cursors = new ArrayList<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            JsonPath page = given().baseUri(baseUri)
                    .queryParam("since", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursors.addAll(page.getList("items.cursor", String.class));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return cursors;
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event or comment, within the limit; null when none came. */
    public Event next(Duration limit) {
        try {
            Event event = events.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (event == END) {
                events.add(END);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} events named {@code change}, skipping comments, each within the limit of the whole. */
    public List<Event> changes(int count, Duration limit) {
        List<Event> changes = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (changes.size() < count) {
            long left = deadline - System.nanoTime();
            Event event = left > 0 ? next(Duration.ofNanos(left)) : null;
            if (event == null || event == END) {
                throw new AssertionError(
                        "only " + changes.size() + " of " + count + " changes within " + limit + ": " + changes);
            }
            if ("change".equals(event.name())) {
                changes.add(event);
            } else if (!"comment".equals(event.name())) {
                throw new AssertionError("an event other than a change: " + event);
            }
        }
        return changes;
    }

    /** True once the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || name != null || id != null) {
                        events.add(
                                new Event(id, name == null ? "message" : name, data == null ? null : data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, "comment", line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" ->
                            data = data == null
                                    ? new StringBuilder(value)
                                    : data.append('\n').append(value);
                        default -> {
                            // retry, and fields EventSource ignores
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // the test closed the stream, or the connection was closed
        } finally {
            ended = true;
            events.add(END);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closed already
        }
        reader.interrupt();
    }
}
