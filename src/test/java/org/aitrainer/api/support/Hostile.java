package org.aitrainer.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hostile values for query parameters, path segments and headers, as they are sent (percent-encoded where they go into
 * a URI), and the checks every answer to them must pass: below 500, and a 4xx is a complete problem that shows nothing
 * of the server's insides.
 */
public final class Hostile {

    /** What a value does to the request as a whole, whatever parameter carries it. */
    public enum Kind {
        /** Well-formed UTF-8 once decoded: the parameter decides. */
        WELL_FORMED,
        /** Escapes that do not encode UTF-8 text: a 400 problem for the whole URI. */
        NOT_UTF8,
        /**
         * Not valid URI syntax ({@code %ZZ}): Quarkus refuses it with a 400 without a body, before the service sees
         * the request.
         */
        NOT_A_URI,
        /** Longer than the URI limit: a 414. */
        TOO_LONG
    }

    /** A value: a short label for the test's name, the value as sent, what it is, and whether it is SQL. */
    public record Value(String label, String encoded, Kind kind, boolean sql) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What a server's insides look like; none may appear in a problem unless the request itself carried it. */
    private static final List<String> LEAKS = List.of(
            "exception",
            "org.",
            "java.",
            "psql",
            "sqlstate",
            "syntax error",
            "select ",
            "hibernate",
            "jdbc",
            "postgres",
            "stack",
            "\tat ",
            "vertx",
            "netty");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Hostile() {}

    public static List<Value> values() {
        List<Value> values = new ArrayList<>();
        for (String sql : List.of(
                "' OR '1'='1",
                "1' OR 1=1 --",
                "1; DROP TABLE policy; --",
                "' UNION SELECT version() --",
                "x'); select pg_sleep(3); --",
                "%' AND '%'='",
                "/* comment */",
                "-- comment")) {
            values.add(new Value("sql " + sql, encode(sql), Kind.WELL_FORMED, true));
        }
        for (String quote : List.of("'", "\"", "\\", "`", "%", "_")) {
            values.add(new Value("quote " + quote, encode(quote), Kind.WELL_FORMED, false));
        }
        values.add(new Value("2 KiB of a", "a".repeat(2048), Kind.WELL_FORMED, false));
        values.add(new Value("10 KiB of a", "a".repeat(10 * 1024), Kind.TOO_LONG, false));
        for (String control :
                List.of("%00", "a%00b", "%0A", "%0D%0ASet-Cookie:%20x=1", "%1B%5B31m", "%7F", "%09", "%08")) {
            values.add(new Value("control " + control, control, Kind.WELL_FORMED, false));
        }
        for (String notUtf8 : List.of("%C3%28", "%FF", "%E2%82", "%ED%A0%80", "%C0%AF")) {
            values.add(new Value("not UTF-8 " + notUtf8, notUtf8, Kind.NOT_UTF8, false));
        }
        for (String notAUri : List.of("%ZZ", "%", "%4", "a%g1")) {
            values.add(new Value("not a URI " + notAUri, notAUri, Kind.NOT_A_URI, false));
        }
        for (String script : List.of(
                "😀",
                "深圳😀Shenzhen",
                "שלום עולם",
                "\u202Eevil",
                "zero\u200Bwidth",
                "Ⅻ",
                "٣",
                "３",
                "e\u0301",
                "\uFEFF")) {
            values.add(new Value("script " + script, encode(script), Kind.WELL_FORMED, false));
        }
        for (String number : List.of(
                "-1",
                "-0",
                "+1",
                "-2147483649",
                "2147483648",
                "99999999999999999999",
                "1e3",
                "0x10",
                "1.5",
                "NaN",
                "Infinity",
                "٣٣")) {
            values.add(new Value("number " + number, encode(number), Kind.WELL_FORMED, false));
        }
        for (String date : List.of(
                "2025-02-30",
                "2025-13-01",
                "0000-00-00",
                "+99999-01-01",
                "99999-12-31",
                "2025-1-1",
                "2025-06-01T00:00",
                "20250601",
                "-2025-06-01")) {
            values.add(new Value("date " + date, encode(date), Kind.WELL_FORMED, false));
        }
        values.add(new Value("traversal encoded", "..%2F..%2Fetc%2Fpasswd", Kind.WELL_FORMED, false));
        values.add(new Value("traversal dots", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", Kind.WELL_FORMED, false));
        values.add(new Value("traversal backslash", encode("..\\..\\windows\\win.ini"), Kind.WELL_FORMED, false));
        for (String other : List.of(
                "null",
                "undefined",
                "[]",
                "{}",
                "<script>alert(1)</script>",
                "${jndi:ldap://x/a}",
                "%s%n%x",
                "a,b,c",
                "a=b&c=d")) {
            values.add(new Value("other " + other, encode(other), Kind.WELL_FORMED, false));
        }
        return List.copyOf(values);
    }

    /** Percent-encodes the UTF-8 bytes of a text, all but the unreserved characters of RFC 3986. */
    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return encoded.toString();
    }

    /** Any answer: not a server error, and a 4xx is a problem. */
    public static void assertSafe(RawHttp.Response response, String sent) {
        assertThat(response.status()).as("status of %s: %s", sent, response).isBetween(200, 499);
        if (response.status() >= 400) {
            problem(response, response.status(), sent);
        }
    }

    /**
     * A problem of the given status: RFC 9457 members, and nothing of the server's insides unless the request itself
     * carried it (a 404 names the id it was sent, SQL or not). Returns the body.
     */
    public static JsonNode problem(RawHttp.Response response, int status, String sent) {
        assertThat(response.status()).as("status of %s: %s", sent, response).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .as("Content-Type of %s: %s", sent, response)
                .startsWith("application/problem+json");
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response, e);
        }
        for (String member : List.of("type", "title", "detail", "instance")) {
            assertThat(body.path(member).isTextual())
                    .as("%s of %s", member, response)
                    .isTrue();
        }
        assertThat(body.path("status").asInt())
                .as("status member of %s", response)
                .isEqualTo(status);
        String text = response.text().toLowerCase(Locale.ROOT);
        String request = sent.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (!request.contains(leak)) {
                assertThat(text).as("problem for %s", sent).doesNotContain(leak);
            }
        }
        return body;
    }

    /** A 400 naming the query parameter in its errors. */
    public static void invalidParameter(RawHttp.Response response, String name, String sent) {
        JsonNode body = problem(response, 400, sent);
        assertThat(body.path("type").asText())
                .as("type of %s: %s", sent, response)
                .isEqualTo("/problems/invalid-parameters");
        List<String> fields = new ArrayList<>();
        body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as("errors of %s: %s", sent, response).contains(name);
    }

    /**
     * The answer a value of the given kind gets when the URI alone decides: 400 when it is not UTF-8 or not a URI,
     * 414 when it is too long. Returns whether the URI decided.
     */
    public static boolean uriDecides(RawHttp.Response response, Value value, String sent) {
        switch (value.kind()) {
            case NOT_A_URI -> {
                assertThat(response.status())
                        .as("status of %s: %s", sent, response)
                        .isEqualTo(400);
                assertThat(response.body()).as("body of %s", sent).isEmpty();
                return true;
            }
            case NOT_UTF8 -> {
                JsonNode body = problem(response, 400, sent);
                assertThat(body.path("type").asText()).as(sent).isEqualTo("about:blank");
                assertThat(body.path("title").asText()).as(sent).isEqualTo("Bad Request");
                return true;
            }
            case TOO_LONG -> {
                assertThat(problem(response, 414, sent).path("title").asText())
                        .as(sent)
                        .isEqualTo("URI Too Long");
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
