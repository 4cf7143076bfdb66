package org.aitrainer.api.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers recorded as the service gave them, by data version and request, and compared with what the service
 * answers now for the same request with {@code version=N} (or {@code dataVersion=N} for the estimates): the same
 * status, body bytes, ETag, Content-Language and links, with the links keeping the version.
 */
public final class RecordedAnswers {

    /** One request of the fixed set: a GET, or a POST of an estimate's body. */
    public record Request(String method, String path, String body) {

        public static Request get(String path) {
            return new Request("GET", path, null);
        }

        public static Request post(String path, String body) {
            return new Request("POST", path, body);
        }

        String key() {
            return method + " " + path + (body == null ? "" : " " + body);
        }

        String versionParameter() {
            return "GET".equals(method) ? "version" : "dataVersion";
        }

        /**
         * Sent with one Host, whatever port the application listens on, so that the absolute URIs of the links are
         * the same in a restarted application.
         */
        Response send(String query) {
            String uri = query == null ? path : path + (path.contains("?") ? "&" : "?") + query;
            if (body == null) {
                return given().header("Host", HOST).get(uri);
            }
            return given().header("Host", HOST)
                    .contentType("application/json")
                    .body(body)
                    .post(uri);
        }
    }

    /** What one answer was: its status, and for a success its bytes and the headers that must not change. */
    public record Answer(
            int status, byte[] body, String etag, String contentLanguage, String link, String problemType) {

        static Answer of(Response response) {
            boolean ok = response.statusCode() < 300;
            return new Answer(
                    response.statusCode(),
                    ok ? response.asByteArray() : null,
                    response.header("ETag"),
                    response.header("Content-Language"),
                    response.header("Link"),
                    ok ? null : response.jsonPath().getString("type"));
        }
    }

    private static final String HOST = "partner.example";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern LINK_URI = Pattern.compile("<([^>]*)>");

    /** By data version, then by request. */
    private final Map<Long, Map<String, Answer>> answers = new LinkedHashMap<>();

    /** When each version's answers were recorded, in this application's run only. */
    private final Map<Long, Instant> recordedAt = new LinkedHashMap<>();

    /**
     * Sends every request as it is, and records the answers under the data version they were given at: the one the
     * service names in X-Data-Version, which must be the same for every answer that names one.
     */
    public long record(List<Request> requests) {
        Map<String, Answer> recorded = new LinkedHashMap<>();
        Long version = null;
        for (Request request : requests) {
            Response response = request.send(null);
            String named = response.header("X-Data-Version");
            if (named != null && response.statusCode() < 300) {
                long at = Long.parseLong(named);
                assertThat(version == null || version == at)
                        .as("%s answered at data version %d, the others at %d", request.key(), at, version)
                        .isTrue();
                version = at;
            }
            recorded.put(request.key(), Answer.of(response));
        }
        assertThat(version).as("no answer named its data version").isNotNull();
        answers.put(version, recorded);
        recordedAt.put(version, Instant.now());
        return version;
    }

    /**
     * Asks for a request at the instant each version was recorded, with {@code knownAt}: the answer names that version
     * (the next write was committed after it). The number of versions checked.
     */
    public int compareKnownAt(Request request) {
        for (Map.Entry<Long, Instant> at : recordedAt.entrySet()) {
            Response now = request.send("knownAt=" + at.getValue());
            assertThat(now.statusCode())
                    .as("%s known at %s", request.key(), at.getValue())
                    .isEqualTo(200);
            assertThat(now.header("X-Data-Version"))
                    .as("%s known at %s", request.key(), at.getValue())
                    .isEqualTo(Long.toString(at.getKey()));
            assertThat(now.asString())
                    .isEqualTo(new String(
                            answers.get(at.getKey()).get(request.key()).body(), StandardCharsets.UTF_8));
        }
        return recordedAt.size();
    }

    public List<Long> versions() {
        return new ArrayList<>(answers.keySet());
    }

    /** Asks every recorded request again at every recorded version, and compares; the number of answers compared. */
    public int compare(List<Request> requests) {
        int compared = 0;
        for (Map.Entry<Long, Map<String, Answer>> at : answers.entrySet()) {
            long version = at.getKey();
            for (Request request : requests) {
                Answer then = at.getValue().get(request.key());
                Response now = request.send(request.versionParameter() + "=" + version);
                String what = request.key() + " at version " + version;
                assertThat(now.statusCode()).as(what).isEqualTo(then.status());
                if (then.status() >= 300) {
                    assertThat(now.jsonPath().getString("type")).as(what).isEqualTo(then.problemType());
                    compared++;
                    continue;
                }
                assertThat(new String(now.asByteArray(), StandardCharsets.UTF_8))
                        .as(what + ": body")
                        .isEqualTo(new String(then.body(), StandardCharsets.UTF_8));
                assertThat(now.header("ETag")).as(what + ": ETag").isEqualTo(then.etag());
                assertThat(now.header("Content-Language"))
                        .as(what + ": Content-Language")
                        .isEqualTo(then.contentLanguage());
                assertThat(now.header("X-Data-Version"))
                        .as(what + ": X-Data-Version")
                        .isEqualTo(Long.toString(version));
                if ("GET".equals(request.method())) {
                    assertThat(now.header("Cache-Control"))
                            .as(what + ": Cache-Control")
                            .isEqualTo("public, max-age=31536000, immutable");
                }
                String parameter = request.versionParameter() + "=" + version;
                if (then.link() == null) {
                    assertThat(now.header("Link")).as(what + ": Link").isNull();
                } else {
                    List<String> uris = uris(now.header("Link"));
                    assertThat(uris)
                            .as(what + ": every link keeps the version")
                            .allSatisfy(uri -> assertThat(uri).contains(parameter));
                    assertThat(withoutParameter(now.header("Link"), parameter))
                            .as(what + ": Link")
                            .isEqualTo(then.link());
                }
                compared++;
            }
        }
        return compared;
    }

    private static List<String> uris(String links) {
        List<String> uris = new ArrayList<>();
        Matcher uri = LINK_URI.matcher(links);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        return uris;
    }

    /** The links as they were without the version: the parameter taken out of each URI's query. */
    private static String withoutParameter(String links, String parameter) {
        Matcher uri = LINK_URI.matcher(links);
        StringBuilder without = new StringBuilder();
        while (uri.find()) {
            String[] parts = uri.group(1).split("\\?", 2);
            String query = parts.length < 2
                    ? null
                    : String.join(
                            "&",
                            Arrays.stream(parts[1].split("&"))
                                    .filter(pair -> !pair.equals(parameter))
                                    .toList());
            String kept = query == null || query.isEmpty() ? parts[0] : parts[0] + "?" + query;
            uri.appendReplacement(without, Matcher.quoteReplacement("<" + kept + ">"));
        }
        uri.appendTail(without);
        return without.toString();
    }

    /** Saves the answers for a test in a restarted application, in a file whose path the system property keeps. */
    public void save(String property) throws IOException {
        Path file = Files.createTempFile("recorded-answers", ".json");
        file.toFile().deleteOnExit();
        JSON.writeValue(file.toFile(), answers);
        System.setProperty(property, file.toString());
    }

    /** The answers {@link #save} kept, or null when no test saved any in this run. */
    public static RecordedAnswers load(String property) throws IOException {
        String file = System.getProperty(property);
        if (file == null) {
            return null;
        }
        RecordedAnswers loaded = new RecordedAnswers();
        loaded.answers.putAll(
                JSON.readValue(Path.of(file).toFile(), new TypeReference<Map<Long, Map<String, Answer>>>() {}));
        return loaded;
    }
}
