package org.aitrainer.api.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class OpenApiTest {

    /**
     * Every path the resources serve, read from their {@code @Path} annotations (a class's, then its methods'), so
     * that a new resource is held to this document from the start.
     */
    static final List<String> PATHS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.aitrainer.api").stream()
                    .filter(type -> type.isAnnotatedWith(Path.class)
                            && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                    .flatMap(type -> {
                        String base = type.getAnnotationOfType(Path.class).value();
                        return type.getAllMethods().stream()
                                .filter(method -> method.getAnnotations().stream()
                                        .anyMatch(a -> a.getRawType().isAnnotatedWith(HttpMethod.class)))
                                .map(method -> method.isAnnotatedWith(Path.class)
                                        ? base
                                                + method.getAnnotationOfType(Path.class)
                                                        .value()
                                        : base);
                    })
                    .distinct()
                    .sorted()
                    .toList();

    /** Public POSTs that compute an answer from the snapshot and write nothing. */
    static final List<String> COMPUTATIONS = List.of("/api/v1/subsidy-estimates", "/api/v1/subsidy-estimates/batch");

    /** Streamed downloads: no recorded example to compare with the service, but checks of their own below. */
    static final List<String> EXPORTS = List.of("/api/v1/export/policies.csv", "/api/v1/export/dataset.json");

    /** Streams of server-sent events: their example is a stretch of the stream, written by hand. */
    static final List<String> STREAMS = List.of("/api/v1/changes/stream");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentListsEveryPathWithSummaryDescriptionAndErrors() throws IOException {
        JsonNode document = document();
        assertThat(document.at("/info/title").asText()).isEqualTo("AI Trainer career data API");
        assertThat(document.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(PATHS).contains("/api/v1", "/api/v1/levels/{level}", "/api/v1/export/dataset.json");
        assertThat(new TreeSet<>(fieldNames(document.get("paths")))).isEqualTo(new TreeSet<>(PATHS));
        for (String path : PATHS) {
            JsonNode item = document.at("/paths/" + path.replace("/", "~1"));
            for (Map.Entry<String, JsonNode> entry : item.properties()) {
                String operation = entry.getKey() + " " + path;
                JsonNode op = entry.getValue();
                assertThat(op.path("summary").asText()).as(operation).isNotBlank();
                assertThat(op.path("description").asText()).as(operation).isNotBlank();
                assertThat(op.path("tags").size()).as(operation).isEqualTo(1);
                assertThat(tagDescriptions(document).get(op.path("tags").get(0).asText()))
                        .as("the description of the tag of " + operation)
                        .isNotBlank();
                assertThat(op.at("/responses/406/$ref").asText())
                        .as(operation)
                        .isEqualTo("#/components/responses/NotAcceptable");
                assertThat(op.at("/responses/414/$ref").asText())
                        .as(operation)
                        .isEqualTo("#/components/responses/UriTooLong");
                assertThat(op.at("/responses/431/$ref").asText())
                        .as(operation)
                        .isEqualTo("#/components/responses/HeaderFieldsTooLarge");
                assertThat(op.at("/responses/429/$ref").asText())
                        .as(operation)
                        .isEqualTo("#/components/responses/TooManyRequests");
                assertThat(op.at("/responses/400/$ref").asText())
                        .as(operation)
                        .isIn(
                                "#/components/responses/InvalidParameters",
                                "#/components/responses/InvalidBody",
                                "#/components/responses/BadRequest");
                for (JsonNode parameter : op.path("parameters")) {
                    assertThat(parameter.path("description").asText())
                            .as(operation + " " + parameter.path("name"))
                            .isNotBlank();
                }
                if (path.contains("{")) {
                    assertThat(op.at("/responses/404/$ref").asText())
                            .as(operation)
                            .isEqualTo("#/components/responses/NotFound");
                }
                if (entry.getKey().equals("get")) {
                    if (STREAMS.contains(path)) {
                        assertThat(op.at("/responses/200/content/text~1event-stream/examples")
                                        .isObject())
                                .as(operation)
                                .isTrue();
                    } else if (!EXPORTS.contains(path)) {
                        assertThat(op.at("/responses/200/content/application~1json/example")
                                        .isMissingNode())
                                .as(operation)
                                .isFalse();
                    }
                    assertThat(op.path("security").size()).as(operation).isZero();
                } else if (COMPUTATIONS.contains(path)) {
                    // Public computations: no credentials, a recorded exchange as their example, nothing written.
                    assertThat(op.path("security").size()).as(operation).isZero();
                    assertThat(op.at("/requestBody/content/application~1json/example")
                                    .isObject())
                            .as(operation)
                            .isTrue();
                    assertThat(op.at("/responses/200/content/application~1json/example")
                                    .isObject())
                            .as(operation)
                            .isTrue();
                    assertThat(op.at("/responses/200/headers/X-Data-Version/description")
                                    .asText())
                            .as(operation)
                            .isNotBlank();
                    assertThat(op.at("/responses/401").isMissingNode())
                            .as(operation)
                            .isTrue();
                } else {
                    assertThat(op.at("/security/0/bearer").isArray())
                            .as(operation)
                            .isTrue();
                    assertThat(op.at("/responses/401/$ref").asText())
                            .as(operation)
                            .isEqualTo("#/components/responses/Unauthorized");
                    assertThat(op.at("/responses/403/$ref").asText())
                            .as(operation)
                            .isEqualTo("#/components/responses/Forbidden");
                }
                if (entry.getKey().equals("put") || entry.getKey().equals("delete")) {
                    assertThat(op.at("/responses/412/$ref").asText())
                            .as(operation)
                            .isEqualTo("#/components/responses/PreconditionFailed");
                    assertThat(op.at("/responses/428/$ref").asText())
                            .as(operation)
                            .isEqualTo("#/components/responses/PreconditionRequired");
                }
            }
        }
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
        for (String header : List.of("Retry-After", "RateLimit-Policy", "RateLimit")) {
            assertThat(document.at("/components/responses/TooManyRequests/headers/" + header + "/description")
                            .asText())
                    .as(header)
                    .isNotBlank();
        }
        assertThat(document.at("/components/responses/InvalidParameters/content/application~1problem+json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Problem");
    }

    /**
     * Response properties are required (always present, null where nullable), so generated clients can rely on
     * them. The examples are real responses: each must carry every property its schema says is always there.
     */
    @Test
    void everyExampleCarriesEveryRequiredProperty() throws IOException {
        JsonNode document = document();
        assertThat(document.at("/components/schemas/Subsidy/required").size()).isEqualTo(13);
        List<String> checked = new ArrayList<>();
        for (String path : fieldNames(document.get("paths"))) {
            JsonNode response = document.at(
                    "/paths/" + path.replace("/", "~1") + "/get/responses/200/content/" + "application~1json");
            if (!response.path("example").isMissingNode()) {
                assertCarriesRequired(document, response.get("schema"), response.get("example"), path);
                checked.add(path);
            }
        }
        for (String name : fieldNames(document.at("/components/responses"))) {
            JsonNode problem = document.at("/components/responses/" + name + "/content/application~1problem+json");
            assertCarriesRequired(document, problem.get("schema"), problem.get("example"), name);
            checked.add(name);
        }
        assertThat(checked).hasSizeGreaterThan(PATHS.size() - EXPORTS.size());
        assertThat(document.at("/components/schemas/Policy/required").toString())
                .doesNotContain("\"benefits\"");
        assertThat(document.at("/components/schemas/Problem/required").toString())
                .isEqualTo("[\"type\",\"title\",\"status\"]");
        // Request bodies keep their own required properties.
        assertThat(document.at("/components/schemas/PolicyInput/required").toString())
                .doesNotContain("\"issuer\"");
    }

    private static void assertCarriesRequired(JsonNode document, JsonNode schema, JsonNode value, String where) {
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                assertThat(value.has(required.asText()))
                        .as(where + ": " + required.asText() + " in " + value)
                        .isTrue();
            }
            for (String property : fieldNames(value)) {
                assertCarriesRequired(
                        document, schema.path("properties").get(property), value.get(property), where + "." + property);
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                assertCarriesRequired(document, schema.get("items"), item, where + "[]");
            }
        }
    }

    @Test
    void everyOperationHasAnExampleThatIsWhatTheServiceAnswers() throws IOException {
        JsonNode examples = JSON.readTree(examplesFile());
        List<String> operationIds = new ArrayList<>();
        JsonNode paths = document().get("paths");
        for (String path : fieldNames(paths)) {
            JsonNode item = paths.get(path);
            if (item.has("get") && !EXPORTS.contains(path)) {
                operationIds.add(item.at("/get/operationId").asText());
            }
            // A computation: a POST that needs no credentials, whose example is a recorded exchange.
            if (item.has("post")
                    && item.at("/post/security").isArray()
                    && item.at("/post/security").isEmpty()) {
                operationIds.add(item.at("/post/operationId").asText());
            }
        }
        assertThat(new TreeSet<>(fieldNames(examples))).isEqualTo(new TreeSet<>(operationIds));
        for (String operationId : operationIds) {
            JsonNode requested = examples.at("/" + operationId + "/request");
            if (requested.isNull()) {
                assertThat(examples.at("/" + operationId + "/note").asText())
                        .as(operationId)
                        .isNotBlank();
                continue;
            }
            String request = requested.asText();
            JsonNode body = examples.at("/" + operationId + "/body");
            JsonNode live = JSON.readTree(
                    body.isMissingNode()
                            ? given().get(request)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString()
                            : given().contentType("application/json")
                                    .body(body.toString())
                                    .post(request)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString());
            JsonNode recorded = examples.at("/" + operationId + "/response");
            if (!body.isMissingNode()) {
                // A computation names the data version it ran at, which differs between databases.
                live = withoutDataVersion(live);
                recorded = withoutDataVersion(recorded);
            }
            assertEquals(
                    recorded,
                    live,
                    "the example of " + operationId
                            + " no longer matches the service: rerun scripts/record-openapi-examples.py");
        }
    }

    /** Without what differs from one exchange to the next: the data version, and a problem's request id. */
    private static JsonNode withoutDataVersion(JsonNode node) {
        JsonNode copy = node.deepCopy();
        for (String field : List.of("dataVersion", "instance")) {
            copy.findParents(field)
                    .forEach(parent -> ((com.fasterxml.jackson.databind.node.ObjectNode) parent).remove(field));
        }
        return copy;
    }

    @Test
    void exportsAreDocumentedAsDownloadsWithTheirHeadersAndAnExampleTakenFromTheLiveFile() throws IOException {
        JsonNode document = document();
        for (String path : EXPORTS) {
            JsonNode get = document.at("/paths/" + path.replace("/", "~1") + "/get");
            assertThat(get.path("tags").get(0).asText()).as(path).isEqualTo("Export");
            for (String header : List.of("ETag", "X-Data-Version", "Content-Disposition", "Cache-Control")) {
                assertThat(get.at("/responses/200/headers/" + header + "/description")
                                .asText())
                        .as(path + " " + header)
                        .isNotBlank();
            }
            assertThat(get.at("/responses/304/headers/ETag").isMissingNode())
                    .as(path)
                    .isFalse();
            assertThat(get.path("parameters").findValuesAsText("name")).as(path).contains("If-None-Match");
        }
        assertThat(document.at("/tags").findValuesAsText("name")).contains("Export");

        // CSV: the example is the header and some rows of the live file, verbatim.
        JsonNode csv = document.at("/paths/~1api~1v1~1export~1policies.csv/get/responses/200/content");
        assertThat(fieldNames(csv)).containsExactly("text/csv");
        String example = csv.at("/text~1csv/examples/policies/value").asText();
        byte[] body = given().get("/api/v1/export/policies.csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        List<String> live = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        List<String> shown = List.of(example.split("\r\n"));
        assertThat(example).endsWith("\r\n");
        assertThat(shown.get(0)).isEqualTo(live.get(0));
        assertThat(shown.size()).isGreaterThan(1);
        assertThat(live).containsAll(shown);

        // JSON: the schema names every member of the live document.
        JsonNode json = document.at("/paths/~1api~1v1~1export~1dataset.json/get/responses/200/content");
        assertThat(fieldNames(json)).containsExactly("application/json");
        assertThat(json.at("/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/DatasetExport");
        JsonNode dataset = JSON.readTree(given().get("/api/v1/export/dataset.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(fieldNames(document.at("/components/schemas/DatasetExport/properties")))
                .containsExactlyElementsOf(fieldNames(dataset));
        assertThat(new TreeSet<>(fieldNames(document.at("/components/schemas/PolicyExport/properties"))))
                .isEqualTo(new TreeSet<>(fieldNames(dataset.at("/policies/0"))));
    }

    /**
     * A nullable object is {@code anyOf: [{$ref}, {type: null}]} alone: a {@code type} beside it (such as "object")
     * would make null invalid for a strict validator. And the document names whom to contact.
     */
    @Test
    void nullableReferencesAllowNullAndTheDocumentHasAContact() throws IOException {
        JsonNode document = document();
        assertThat(document.at("/info/contact/name").asText()).isEqualTo("AI Trainer career data API maintainers");
        List<String> nullable = new ArrayList<>();
        List<String> contradicted = new ArrayList<>();
        document.at("/components/schemas")
                .properties()
                .forEach(schema -> schema.getValue()
                        .path("properties")
                        .properties()
                        .forEach(property -> {
                            JsonNode value = property.getValue();
                            String name = schema.getKey() + "." + property.getKey();
                            if (value.path("anyOf").toString().contains("{\"type\":\"null\"}")) {
                                nullable.add(name);
                                if (value.has("type")) {
                                    contradicted.add(name + " " + value.get("type"));
                                }
                            }
                        }));
        assertThat(nullable)
                .contains(
                        "Policy.region",
                        "SubsidyLookup.region",
                        "SalaryRange.max",
                        "Benefit.amount",
                        "PolicyExport.region",
                        "PolicyInput.issuer",
                        "SourceInput.note");
        assertThat(contradicted).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", equalTo("3.1.0"));
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static InputStream examplesFile() {
        return OpenApiTest.class.getClassLoader().getResourceAsStream("openapi/examples.json");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Each tag the document declares, by name, with its description ("" when it has none). */
    private static Map<String, String> tagDescriptions(JsonNode document) {
        Map<String, String> descriptions = new HashMap<>();
        for (JsonNode tag : document.path("tags")) {
            descriptions.put(tag.path("name").asText(), tag.path("description").asText());
        }
        return descriptions;
    }
}
