package org.aitrainer.api.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of the API as the OpenAPI document describes it, so that tests that must cover all of them do, as
 * operations are added.
 */
public final class Endpoints {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private Endpoints() {}

    /**
     * An operation: its method, its path template, its query and path parameters, whether it takes a body, whether it
     * is open to anonymous clients, and the examples its path is filled with.
     */
    public record Operation(
            String method,
            String template,
            List<String> queryParameters,
            List<String> pathParameters,
            boolean hasBody,
            boolean open,
            Map<String, String> examples) {

        /** The path, its parameters filled with the examples. */
        public String path() {
            return fill(template, examples, null, null);
        }

        /** The path with one parameter replaced by a value as sent (already percent-encoded). */
        public String pathWith(String parameter, String encoded) {
            return fill(template, examples, parameter, encoded);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** All operations, their paths filled with the examples of the read operations' path parameters. */
    public static List<Operation> all() {
        JsonNode paths = document().get("paths");
        Map<String, String> examples = examples();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String template = names.next();
            paths.get(template).properties().forEach(entry -> {
                List<String> query = new ArrayList<>();
                List<String> path = new ArrayList<>();
                for (JsonNode parameter : entry.getValue().path("parameters")) {
                    String in = parameter.path("in").asText();
                    if (in.equals("query")) {
                        query.add(parameter.path("name").asText());
                    } else if (in.equals("path")) {
                        path.add(parameter.path("name").asText());
                    }
                }
                operations.add(new Operation(
                        entry.getKey().toUpperCase(Locale.ROOT),
                        template,
                        List.copyOf(query),
                        List.copyOf(path),
                        entry.getValue().has("requestBody"),
                        entry.getValue().path("security").isArray()
                                && entry.getValue().path("security").isEmpty(),
                        examples));
            });
        }
        return List.copyOf(operations);
    }

    public static List<Operation> reads() {
        return all().stream()
                .filter(operation -> operation.method().equals("GET"))
                .toList();
    }

    /** The operations that write, each needing a partner's token. */
    public static List<Operation> writes() {
        return all().stream()
                .filter(operation -> !operation.method().equals("GET") && !operation.open())
                .toList();
    }

    /** The public POSTs that compute an answer and write nothing, such as the subsidy estimates. */
    public static List<Operation> computations() {
        return all().stream()
                .filter(operation -> !operation.method().equals("GET") && operation.open())
                .toList();
    }

    /**
     * The example of each path parameter of the reads, by the path up to and including it
     * ({@code /api/v1/policies/{slug}}), so that a write's path finds the examples of the reads that share it.
     */
    private static Map<String, String> examples() {
        JsonNode paths = document().get("paths");
        Map<String, String> examples = new HashMap<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String template = names.next();
            for (JsonNode parameter : paths.get(template).path("get").path("parameters")) {
                if (parameter.path("in").asText().equals("path") && parameter.has("example")) {
                    String name = parameter.path("name").asText();
                    String prefix = template.substring(0, template.indexOf("{" + name + "}") + name.length() + 2);
                    examples.put(prefix, parameter.path("example").asText());
                }
            }
        }
        return examples;
    }

    private static String fill(String template, Map<String, String> examples, String replaced, String value) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String filler = name.equals(replaced)
                    ? value
                    : examples.getOrDefault(template.substring(0, matcher.end()), "missing-example");
            matcher.appendReplacement(path, Matcher.quoteReplacement(filler));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The served OpenAPI document. */
    public static JsonNode document() {
        try {
            return new ObjectMapper()
                    .readTree(given().get("/q/openapi?format=json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
