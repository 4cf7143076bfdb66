package org.aitrainer.api.http.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aitrainer.api.batch.BatchResource;
import org.aitrainer.api.http.HttpLimits;
import org.aitrainer.api.policy.BenefitWriteTest;
import org.aitrainer.api.policy.RuleWriteTest;
import org.aitrainer.api.region.RegionWriteTest;
import org.aitrainer.api.salary.SalaryRangeWriteTest;
import org.aitrainer.api.source.SourceWriteTest;
import org.aitrainer.api.support.Endpoints;
import org.aitrainer.api.support.Hostile;
import org.aitrainer.api.support.PolicyBodies;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.RawHttp;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input to every write, as the OpenAPI document lists them: malformed and foreign credentials, bodies that
 * are not JSON or not storable, fields with hostile values, wrong content types, malformed If-Match and
 * Idempotency-Key headers. Each is refused with a 4xx problem, and nothing is written.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class HostileWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Placeholders replaced in the JSON text by what a Java string cannot carry there. */
    private static final String LONE_SURROGATE = "lone-surrogate-placeholder";

    private static final String EMOJI_BYTES = "\u00f0\u009f\u0098\u0080";

    @TestFactory
    Stream<DynamicNode> everyWriteRefusesHostileInputAndWritesNothing() {
        byte[] before = HostileInputTest.data();
        String admin = "Bearer " + Tokens.admin("hostile-tester");
        List<DynamicNode> nodes = new ArrayList<>();
        for (Endpoints.Operation write : Endpoints.writes()) {
            List<DynamicNode> cases = new ArrayList<>();
            cases.add(dynamicContainer(
                    "Authorization",
                    credentials().stream()
                            .map(credentials ->
                                    dynamicTest(label(credentials), () -> unauthenticated(write, credentials)))));
            if (write.hasBody()) {
                cases.add(dynamicContainer(
                        "body",
                        garbage().entrySet().stream()
                                .map(body ->
                                        dynamicTest(body.getKey(), () -> refusedBody(write, admin, body.getValue())))));
                cases.add(dynamicContainer(
                        "Content-Type",
                        contentTypes().stream()
                                .map(type -> dynamicTest(label(type), () -> refusedContentType(write, admin, type)))));
            }
            if (write.method().equals("POST")) {
                Map<String, Object> valid = validBody(write);
                cases.add(dynamicContainer(
                        "field",
                        mutations(valid).entrySet().stream()
                                .map(mutation -> dynamicTest(
                                        mutation.getKey(),
                                        () -> refusedField(write, admin, mutation.getKey(), mutation.getValue())))));
                cases.add(dynamicContainer(
                        "Idempotency-Key",
                        List.of(EMOJI_BYTES, "a b", "x".repeat(256), "").stream()
                                .map(key -> dynamicTest(label(key), () -> refusedKey(write, admin, key, valid)))));
            } else {
                cases.add(dynamicContainer(
                        "If-Match",
                        List.of(
                                        "garbage",
                                        "W/\"1\"",
                                        "\"",
                                        "\"\"",
                                        "\"1",
                                        "1",
                                        "\"999999999999999999999\"",
                                        "' OR 1=1 --",
                                        EMOJI_BYTES,
                                        "\"-1\"",
                                        ",",
                                        "\"x\", W/\"y\"")
                                .stream()
                                .map(tag -> dynamicTest(label(tag), () -> staleTag(write, admin, tag)))));
            }
            cases.add(dynamicTest("from any browser origin, by default", () -> anyOriginMayWrite(write, admin)));
            nodes.add(dynamicContainer(write.toString(), cases));
        }
        nodes.add(dynamicTest(
                "nothing was written", () -> assertThat(HostileInputTest.data()).isEqualTo(before)));
        return nodes.stream();
    }

    private static void unauthenticated(Endpoints.Operation write, String credentials) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (credentials != null) {
            headers.addAll(List.of("Authorization", credentials));
        }
        RawHttp.Response response = send(write, "{}", headers);
        String sent = write + " Authorization: " + credentials;
        if (credentials != null && credentials.length() > HttpLimits.MAX_HEADER_FIELD) {
            Hostile.problem(response, 431, sent);
            return;
        }
        Hostile.problem(response, 401, sent);
        assertThat(response.header("WWW-Authenticate")).as(sent).startsWith("Bearer realm=\"ai-trainer-api\"");
    }

    private static void refusedBody(Endpoints.Operation write, String admin, byte[] body) {
        RawHttp.Response response = RawHttp.send(
                write.method(), write.path(), body, "Authorization", admin, "Content-Type", "application/json");
        String sent = write + " " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        // A batch takes bodies up to 1 MiB; every other write 64 KiB.
        int limit =
                write.path().equals(BatchResource.PATH) ? HttpLimits.BATCH_MAX_BODY_BYTES : HttpLimits.MAX_BODY_BYTES;
        Hostile.problem(response, body.length > limit ? 413 : 400, sent);
    }

    private static void refusedContentType(Endpoints.Operation write, String admin, String type) {
        RawHttp.Response response = RawHttp.send(
                write.method(),
                write.path(),
                "{}".getBytes(StandardCharsets.UTF_8),
                "Authorization",
                admin,
                "Content-Type",
                type);
        String sent = write + " Content-Type: " + type;
        assertThat(response.status()).as(sent + ": " + response).isIn(400, 415);
        Hostile.problem(response, response.status(), sent);
    }

    private static void refusedField(Endpoints.Operation write, String admin, String field, String body) {
        RawHttp.Response response = RawHttp.send(
                write.method(),
                write.path(),
                body.getBytes(StandardCharsets.UTF_8),
                "Authorization",
                admin,
                "Content-Type",
                "application/json");
        String sent = write + " " + field;
        JsonNode problem = Hostile.problem(response, 400, sent);
        if (problem.has("errors")) {
            List<String> fields = new ArrayList<>();
            problem.path("errors")
                    .forEach(error -> fields.add(error.path("field").asText()));
            assertThat(fields).as(sent + ": " + response).contains(field.substring(0, field.indexOf(' ')));
        }
    }

    private static void refusedKey(Endpoints.Operation write, String admin, String key, Map<String, Object> body) {
        RawHttp.Response response = RawHttp.send(
                write.method(),
                write.path(),
                json(body).getBytes(StandardCharsets.UTF_8),
                "Authorization",
                admin,
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                key);
        Hostile.invalidParameter(response, "Idempotency-Key", write + " Idempotency-Key: " + key);
    }

    private static void staleTag(Endpoints.Operation write, String admin, String tag) {
        byte[] body = write.hasBody() ? json(validBody(write)).getBytes(StandardCharsets.UTF_8) : null;
        RawHttp.Response response = RawHttp.send(
                write.method(),
                write.path(),
                body,
                "Authorization",
                admin,
                "Content-Type",
                "application/json",
                "If-Match",
                tag);
        String sent = write + " If-Match: " + tag;
        Hostile.problem(response, tag.isBlank() ? 428 : 412, sent);
    }

    /** With the default setting, a browser app of any origin may write: an invalid body is a 400, not a 403. */
    private static void anyOriginMayWrite(Endpoints.Operation write, String admin) {
        RawHttp.Response response = RawHttp.send(
                write.method(),
                write.path(),
                "{".getBytes(StandardCharsets.UTF_8),
                "Authorization",
                admin,
                "Content-Type",
                "application/json",
                "Origin",
                "https://any.example");
        assertThat(response.status()).as(write + ": " + response).isIn(400, 412, 428);
    }

    private static RawHttp.Response send(Endpoints.Operation write, String body, List<String> headers) {
        return RawHttp.send(
                write.method(),
                write.path(),
                write.hasBody() ? body.getBytes(StandardCharsets.UTF_8) : null,
                headers.toArray(String[]::new));
    }

    /** Missing, malformed and foreign credentials; the last is longer than a header field may be. */
    private static List<String> credentials() {
        List<String> credentials = new ArrayList<>();
        credentials.add(null);
        credentials.addAll(List.of(
                "",
                "Bearer",
                "Bearer ",
                "Bearer !!!",
                "Bearer a.b.c",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.",
                "Basic YWRtaW46YWRtaW4=",
                "Negotiate abc",
                "Bearer ' OR 1=1 --",
                EMOJI_BYTES,
                "Bearer " + "x".repeat(7000),
                "Bearer " + Tokens.expired("hostile"),
                "Bearer " + Tokens.foreign("hostile"),
                "Bearer " + Tokens.fromOtherIssuer("hostile"),
                "Bearer " + "x".repeat(9000)));
        return credentials;
    }

    /** Bodies that are not a JSON object of the expected shape, or are too large. */
    private static Map<String, byte[]> garbage() {
        Map<String, byte[]> bodies = new HashMap<>();
        for (String text : List.of(
                "",
                "{",
                "[]",
                "null",
                "\"text\"",
                "123",
                "true",
                "{\"a\":",
                "<xml/>",
                "id=1&title=x",
                "{\"id\":\"a\",\"id\":\"b\"}",
                "{\"title\":{\"zh-CN\":{\"$gt\":\"\"}}}",
                "{\"__proto__\":{\"admin\":true}}",
                "{\"title\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001))) {
            bodies.put(label(text), text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xc3, '(', '"', '}'});
        bodies.put("byte order mark", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'});
        bodies.put("70 KiB", ("{\"id\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static List<String> contentTypes() {
        return List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=klingon",
                ";;;",
                "application/json, text/plain",
                "application/json; charset=UTF-16",
                "*/*",
                "application/*",
                EMOJI_BYTES);
    }

    /**
     * The public computations (the subsidy estimates) refuse hostile bodies and content types with a problem, as the
     * writes do, without credentials.
     */
    @TestFactory
    Stream<DynamicNode> everyComputationRefusesHostileBodies() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Endpoints.Operation computation : Endpoints.computations()) {
            int limit = computation.template().endsWith("/batch")
                    ? HttpLimits.LARGE_MAX_BODY_BYTES
                    : HttpLimits.MAX_BODY_BYTES;
            nodes.add(dynamicContainer(
                    computation.toString(),
                    Stream.concat(
                            garbage().entrySet().stream()
                                    .map(body -> dynamicTest(body.getKey(), () -> {
                                        RawHttp.Response response = RawHttp.send(
                                                computation.method(),
                                                computation.path(),
                                                body.getValue(),
                                                "Content-Type",
                                                "application/json");
                                        String sent = computation + " "
                                                + new String(
                                                        body.getValue(),
                                                        0,
                                                        Math.min(body.getValue().length, 200),
                                                        StandardCharsets.ISO_8859_1);
                                        Hostile.problem(response, body.getValue().length > limit ? 413 : 400, sent);
                                    })),
                            contentTypes().stream()
                                    .map(type -> dynamicTest("Content-Type " + label(type), () -> {
                                        RawHttp.Response response = RawHttp.send(
                                                computation.method(),
                                                computation.path(),
                                                "{}".getBytes(StandardCharsets.UTF_8),
                                                "Content-Type",
                                                type);
                                        String sent = computation + " Content-Type: " + type;
                                        assertThat(response.status())
                                                .as(sent + ": " + response)
                                                .isIn(400, 415);
                                        Hostile.problem(response, response.status(), sent);
                                    })))));
        }
        assertThat(nodes).hasSize(2);
        return nodes.stream();
    }

    /** A valid body for the write, so that a field made hostile is the only thing wrong with it. */
    private static Map<String, Object> validBody(Endpoints.Operation write) {
        String template = write.template();
        String id = write.path().substring(write.path().lastIndexOf('/') + 1);
        boolean put = write.method().equals("PUT");
        if (template.equals("/api/v1/batch")) {
            return Map.of(
                    "requests",
                    List.of(Map.of(
                            "id",
                            "1",
                            "method",
                            "POST",
                            "url",
                            "/sources",
                            "body",
                            SourceWriteTest.source("hostile-batch-source"))));
        } else if (template.contains("/benefits")) {
            return BenefitWriteTest.benefit(3, 2400, "2031-01-01", null);
        } else if (template.contains("/rules")) {
            return RuleWriteTest.minMonths(12);
        } else if (template.startsWith("/api/v1/policies")) {
            return PolicyBodies.policy(put ? id : "hostile-write-policy");
        } else if (template.startsWith("/api/v1/regions")) {
            return put
                    ? RegionWriteTest.region(id, "440000", "PREFECTURE")
                    : RegionWriteTest.region("449901", "440300", "COUNTY");
        } else if (template.startsWith("/api/v1/sources")) {
            return SourceWriteTest.source(put ? id : "hostile-write-source");
        } else if (template.startsWith("/api/v1/salary-ranges")) {
            return SalaryRangeWriteTest.salaryRange("hostile");
        }
        throw new IllegalStateException("No valid body known for " + write);
    }

    /**
     * The valid body with one field made hostile, by the field's path and what was done to it: a NUL character or an
     * unpaired surrogate in each text, impossible or far-off dates, numbers out of every range.
     */
    private static Map<String, String> mutations(Map<String, Object> valid) {
        Map<String, Object> copy = JSON.convertValue(valid, new TypeReference<Map<String, Object>>() {});
        Map<String, String> mutations = new HashMap<>();
        mutate(copy, copy, "", mutations);
        return mutations;
    }

    @SuppressWarnings("unchecked")
    private static void mutate(
            Map<String, Object> root, Map<String, Object> node, String prefix, Map<String, String> mutations) {
        for (Map.Entry<String, Object> field : new HashMap<>(node).entrySet()) {
            String path = prefix + field.getKey();
            Object value = field.getValue();
            List<Object> hostile = new ArrayList<>();
            if (value instanceof Map<?, ?> nested) {
                mutate(root, (Map<String, Object>) nested, path + ".", mutations);
            } else if (value instanceof String text && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                hostile.addAll(List.of(
                        "2025-02-30",
                        "2025-13-01",
                        "0000-00-00",
                        "+99999999-01-01",
                        "99999-12-31",
                        "2025-1-1",
                        "",
                        20250601));
            } else if (value instanceof String text) {
                hostile.addAll(List.of(text + "\u0000", text + LONE_SURROGATE));
            } else if (value instanceof Number) {
                hostile.addAll(List.of(raw("1e-999999999"), raw("1e999999999"), raw("99999999999999999999999"), -1));
                if (field.getKey().equals("amount")) {
                    hostile.add(raw("1.005"));
                }
            }
            for (Object replacement : hostile) {
                node.put(field.getKey(), replacement);
                String shown = replacement instanceof RawValue rawValue
                        ? rawValue.rawValue().toString()
                        : String.valueOf(replacement);
                mutations.put(path + " = " + label(shown), json(root));
            }
            node.put(field.getKey(), value);
        }
    }

    private static RawValue raw(String json) {
        return new RawValue(json);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(String value) {
        if (value == null) {
            return "(none)";
        }
        String visible = value.replace("\u0000", "\\0").replace(LONE_SURROGATE, "\\ud800");
        return visible.length() <= 40
                ? "'" + visible + "'"
                : "'" + visible.substring(0, 40) + "…' (" + visible.length() + " characters)";
    }
}
