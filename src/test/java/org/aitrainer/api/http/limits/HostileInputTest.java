package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aitrainer.api.support.Endpoints;
import org.aitrainer.api.support.Hostile;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RawHttp;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input to every read, as the OpenAPI document lists them: each hostile value in each query parameter, in each
 * path parameter and as an unknown parameter; each parameter twice; malformed and oversized headers. Every answer is
 * a 4xx problem that shows nothing of the server's insides, or the correct 2xx; and the data is unchanged afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parameters that take any text: a hostile value is a search (q) or ignored (lang), both legitimate. */
    private static final List<String> FREE_TEXT = List.of("q", "lang");

    /** A header to send, and whether the answer must be the ordinary one or may also be a problem. */
    record HeaderCase(String label, String name, String value, int status) {
        static final int ORDINARY = 200;
        static final int ORDINARY_OR_PROBLEM = -1;
        /** Refused by the HTTP server itself before any filter sees the request: a 400 without a body. */
        static final int REFUSED_BY_THE_SERVER = -2;

        @Override
        public String toString() {
            return label;
        }
    }

    @TestFactory
    Stream<DynamicNode> everyReadAnswersHostileInputWithAProblemOrTheRightAnswer() {
        byte[] before = data();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Endpoints.Operation read : Endpoints.reads()) {
            Map<String, byte[]> ordinary = ordinaryAnswers(read.path());
            List<DynamicNode> cases = new ArrayList<>();
            for (String parameter : read.queryParameters()) {
                cases.add(dynamicContainer(
                        "?" + parameter + "=",
                        Hostile.values().stream()
                                .map(value -> dynamicTest(
                                        value.label(), () -> queryParameter(read, parameter, value, ordinary)))));
                cases.add(dynamicTest("?" + parameter + " twice", () -> repeated(read, parameter)));
            }
            cases.add(dynamicContainer(
                    "unknown parameter",
                    Hostile.values().stream()
                            .map(value -> dynamicTest(value.label(), () -> unknownParameter(read, value, ordinary)))));
            for (String parameter : read.pathParameters()) {
                cases.add(dynamicContainer(
                        "{" + parameter + "}",
                        Hostile.values().stream()
                                .map(value ->
                                        dynamicTest(value.label(), () -> pathParameter(read, parameter, value)))));
            }
            cases.add(dynamicContainer(
                    "headers",
                    headerCases().stream()
                            .map(header -> dynamicTest(header.label(), () -> header(read, header, ordinary)))));
            nodes.add(dynamicContainer(read.toString(), cases));
        }
        nodes.add(dynamicTest("the data is as it was", () -> assertThat(data()).isEqualTo(before)));
        return nodes.stream();
    }

    private static void queryParameter(
            Endpoints.Operation read, String parameter, Hostile.Value value, Map<String, byte[]> ordinary) {
        String target = read.path() + "?" + parameter + "=" + value.encoded();
        RawHttp.Response response = RawHttp.get(target);
        String sent = value.label() + " " + target;
        if (Hostile.uriDecides(response, value, sent)) {
            return;
        }
        String decoded = URLDecoder.decode(value.encoded(), StandardCharsets.UTF_8);
        if (decoded.isBlank() || parameter.equals("lang")) {
            ordinary(response, ordinary, sent); // blank is absent; any language that is not served falls back
        } else if (parameter.equals("q") && response.status() == 200) {
            JsonNode page = json(response);
            assertThat(page.path("items").isArray()).as(sent).isTrue();
            if (value.sql()) {
                assertThat(page.at("/page/totalItems").asInt())
                        .as("matches of %s", sent)
                        .isZero();
            }
        } else if (parameter.equals("version") && decoded.matches("[0-9]{1,18}")
                || parameter.equals("knownAt") && isInstant(decoded)) {
            // A well-formed version: the answer at it, or a problem saying it is not committed yet or gone; an instant
            // in the future is a 400.
            assertThat(response.status()).as(sent).isIn(200, 400, 404, 410);
            if (response.status() == 404 || response.status() == 410) {
                assertThat(json(response).path("type").asText()).as(sent).startsWith("/problems/version-");
            } else if (response.status() == 400) {
                Hostile.invalidParameter(response, parameter, sent);
            }
        } else if ((parameter.equals("since") || parameter.equals("after")) && decoded.matches("[0-9]{1,18}")
                || parameter.equals("page")
                        && decoded.matches("[0-9]{1,10}")
                        && Long.parseLong(decoded) <= Integer.MAX_VALUE) {
            assertThat(response.status()).as(sent).isEqualTo(200); // a cursor or a page past the end: empty
        } else {
            Hostile.invalidParameter(response, parameter, sent);
        }
    }

    private static boolean isInstant(String text) {
        try {
            java.time.OffsetDateTime.parse(text);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static void repeated(Endpoints.Operation read, String parameter) {
        String target = read.path() + "?" + parameter + "=1&" + parameter + "=2";
        RawHttp.Response response = RawHttp.get(target);
        Hostile.invalidParameter(response, parameter, target);
        assertThat(response.text()).contains(parameter + " must be given once, not 2 times");
    }

    private static void unknownParameter(Endpoints.Operation read, Hostile.Value value, Map<String, byte[]> ordinary) {
        String target = read.path() + "?" + value.encoded() + "=1";
        RawHttp.Response response = RawHttp.get(target);
        String sent = value.label() + " " + target;
        if (!Hostile.uriDecides(response, value, sent)) {
            ordinary(response, ordinary, sent);
        }
    }

    private static void pathParameter(Endpoints.Operation read, String parameter, Hostile.Value value) {
        String target = read.pathWith(parameter, value.encoded());
        RawHttp.Response response = RawHttp.get(target);
        String sent = value.label() + " " + target;
        if (!Hostile.uriDecides(response, value, sent)) {
            Hostile.problem(response, 404, sent);
        }
    }

    private static void header(Endpoints.Operation read, HeaderCase header, Map<String, byte[]> ordinary) {
        RawHttp.Response response = RawHttp.get(read.path(), header.name(), header.value());
        String sent = header.name() + ": " + header.value();
        if (header.status() == HeaderCase.ORDINARY) {
            ordinary(response, ordinary, sent);
        } else if (header.status() == HeaderCase.REFUSED_BY_THE_SERVER) {
            assertThat(response.status()).as(sent).isEqualTo(400);
        } else if (header.status() == HeaderCase.ORDINARY_OR_PROBLEM) {
            if (response.status() == 200) {
                ordinary(response, ordinary, sent);
            } else {
                assertThat(response.status()).as(sent).isBetween(400, 499);
                Hostile.problem(response, response.status(), sent);
            }
        } else {
            Hostile.problem(response, header.status(), sent);
        }
    }

    static List<HeaderCase> headerCases() {
        List<HeaderCase> cases = new ArrayList<>();
        for (String value : List.of(
                "garbage;;;",
                "*;q=abc",
                "en;q=2",
                "zh;q=-1",
                "\u00f0\u009f\u0098\u0080",
                ",,,,",
                "x".repeat(600),
                "'; DROP TABLE policy; --",
                "\u00ff\u00fe",
                "en-US;q=0.9, *;q=0.1, xx-" + "y".repeat(80))) {
            cases.add(new HeaderCase(
                    "Accept-Language: " + shortened(value), "Accept-Language", value, HeaderCase.ORDINARY));
        }
        for (String value : List.of(
                "\"unterminated",
                "W/",
                "*, \"a\"",
                "\"\"",
                "W/\"x\", garbage",
                "\"".repeat(4000),
                "' OR 1=1 --",
                "\u00f0\u009f\u0098\u0080")) {
            cases.add(
                    new HeaderCase("If-None-Match: " + shortened(value), "If-None-Match", value, HeaderCase.ORDINARY));
        }
        for (String value : List.of(
                "Bearer",
                "Bearer ",
                "Bearer !!!",
                "Bearer a.b.c",
                "Basic YWRtaW46YWRtaW4=",
                "Negotiate abc",
                "Bearer ' OR 1=1 --",
                "\u00f0\u009f\u0098\u0080",
                "Bearer " + "x".repeat(7000),
                "Bearer " + Tokens.expired("reader"),
                "Bearer " + Tokens.foreign("reader"))) {
            cases.add(
                    new HeaderCase("Authorization: " + shortened(value), "Authorization", value, HeaderCase.ORDINARY));
        }
        for (String value : List.of("application/x-unknown", "text/html", "application/xml")) {
            cases.add(new HeaderCase("Accept: " + value, "Accept", value, 406));
        }
        for (String value : List.of(
                ";;;/",
                "*/*;q=abc",
                "application/json;q=0",
                "*/*; charset=klingon",
                "*/*/*",
                "\u00f0\u009f\u0098\u0080")) {
            cases.add(new HeaderCase("Accept: " + value, "Accept", value, HeaderCase.ORDINARY_OR_PROBLEM));
        }
        for (String value : List.of("application/x-evil", ";;;", "application/json; charset=klingon")) {
            cases.add(new HeaderCase("Content-Type: " + value, "Content-Type", value, HeaderCase.ORDINARY_OR_PROBLEM));
        }
        for (String value : List.of("null", "https://evil.example", "javascript:alert(1)", "' OR 1=1 --")) {
            cases.add(new HeaderCase("Origin: " + value, "Origin", value, HeaderCase.ORDINARY));
        }
        cases.add(new HeaderCase(
                "Accept-Language: a control character",
                "Accept-Language",
                "a\u0001b",
                HeaderCase.REFUSED_BY_THE_SERVER));
        cases.add(new HeaderCase("Accept-Language: 16 KiB", "Accept-Language", "x".repeat(16 * 1024), 431));
        cases.add(new HeaderCase("Authorization: 9 KiB", "Authorization", "Bearer " + "x".repeat(9 * 1024), 431));
        cases.add(new HeaderCase("If-None-Match: 9 KiB", "If-None-Match", "\"" + "x".repeat(9 * 1024) + "\"", 431));
        cases.add(new HeaderCase(
                "60 header fields of 300 bytes",
                "X-Padding",
                ("a".repeat(290) + "\r\nX-Padding: ").repeat(59) + "a".repeat(290),
                431));
        return cases;
    }

    /** The ordinary answer: 200 and the body the same request without hostile input gets, in its language. */
    private static void ordinary(RawHttp.Response response, Map<String, byte[]> ordinary, String sent) {
        assertThat(response.status()).as("status of %s: %s", sent, response).isEqualTo(200);
        byte[] expected = ordinary.get(response.header("Content-Language"));
        assertThat(expected).as("Content-Language of %s: %s", sent, response).isNotNull();
        assertThat(response.body()).as("body of %s", sent).isEqualTo(expected);
    }

    /** The bodies of a read in each language it is served in, by Content-Language. */
    private static Map<String, byte[]> ordinaryAnswers(String path) {
        Map<String, byte[]> answers = new HashMap<>();
        for (String language : List.of("zh-CN", "en")) {
            RawHttp.Response response = RawHttp.get(path, "Accept-Language", language);
            assertThat(response.status()).as(path).isEqualTo(200);
            answers.put(response.header("Content-Language"), response.body());
        }
        return answers;
    }

    private static JsonNode json(RawHttp.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response, e);
        }
    }

    /** All the data, as the export and the change feed show it. */
    static byte[] data() {
        byte[] dataset = given().get("/api/v1/export/dataset.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] changes = given().get("/api/v1/changes?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] both = new byte[dataset.length + changes.length];
        System.arraycopy(dataset, 0, both, 0, dataset.length);
        System.arraycopy(changes, 0, both, dataset.length, changes.length);
        return both;
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "… (" + value.length() + " characters)";
    }
}
