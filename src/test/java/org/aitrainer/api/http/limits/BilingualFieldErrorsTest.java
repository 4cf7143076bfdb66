package org.aitrainer.api.http.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.aitrainer.api.batch.BatchResource;
import org.aitrainer.api.support.Endpoints;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Problems;
import org.aitrainer.api.support.Tokens;
import org.aitrainer.api.support.WritesProfile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A 400 names each field as the request body spells it: for every bilingual field of every write the document lists
 * (each text in both languages, {@code zh-CN} and {@code en}), a body whose text in one language is blank is refused
 * with the field's JSON path, such as {@code title.zh-CN}, never the Java property ({@code title.zhCn}).
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = PostgresResource.WRITES))
class BilingualFieldErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXTS = "#/components/schemas/Texts";
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    @TestFactory
    Stream<DynamicTest> everyBilingualFieldIsNamedAsTheBodySpellsIt() {
        JsonNode document = Endpoints.document();
        String admin = "Bearer " + Tokens.admin("field-names-tester");
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoints.Operation write : Endpoints.writes()) {
            // A batch's operations carry the single writes' bodies: BatchWriteTest holds their names there.
            if (!write.hasBody() || write.template().equals(BatchResource.PATH)) {
                continue;
            }
            JsonNode json = document.path("paths")
                    .path(write.template())
                    .path(write.method().toLowerCase(Locale.ROOT))
                    .at("/requestBody/content/application~1json");
            ObjectNode example = (ObjectNode) json.path("example");
            assertThat(example.isObject()).as("request example of %s", write).isTrue();
            Set<String> bilingual = new TreeSet<>();
            texts(document, json.path("schema"), "", bilingual, 0);
            assertThat(bilingual).as("bilingual fields of %s", write).isNotEmpty();
            for (String field : bilingual) {
                for (String language : LANGUAGES) {
                    String expected = field + "." + language;
                    tests.add(dynamicTest(
                            write + " " + expected, () -> refused(write, admin, example, field, language, expected)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(24);
        return tests.stream();
    }

    /** A missing Chinese title of a source: the example of the issue that asked for this. */
    @Test
    void aSourceWithoutItsChineseTitleNamesTitleZhCn() {
        given().header("Authorization", "Bearer " + Tokens.editor("field-names-tester"))
                .contentType("application/json")
                .body(
                        "{\"id\": \"no-chinese-title\", \"title\": {\"en\": \"A title\"}, \"verification\": \"REPORTED\"}")
                .post("/api/v1/sources")
                .then()
                .spec(Problems.invalidBody("/api/v1/sources", "title.zh-CN"))
                .body("errors.find { it.field == 'title.zh-CN' }.message", notNullValue());
    }

    private static void refused(
            Endpoints.Operation write,
            String admin,
            ObjectNode example,
            String field,
            String language,
            String expected) {
        ObjectNode body = example.deepCopy();
        ObjectNode text = JSON.createObjectNode().put("zh-CN", "中文").put("en", "English");
        text.put(language, " ");
        set(body, field, text);
        Response response = given().header("Authorization", admin)
                .contentType("application/json")
                .body(body.toString())
                .request(write.method(), write.path());
        response.then().spec(Problems.invalidBody(write.path(), expected));
        List<String> fields = response.jsonPath().getList("errors.field");
        assertThat(fields).as("%s with %s blank", write, expected).noneMatch(name -> name.contains("zhCn"));
    }

    /** Puts a value at a dotted path of object properties. */
    private static void set(ObjectNode body, String field, JsonNode value) {
        String[] names = field.split("\\.");
        ObjectNode node = body;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode next = node.path(names[i]);
            node = next.isObject() ? (ObjectNode) next : node.putObject(names[i]);
        }
        node.set(names[names.length - 1], value);
    }

    /** The paths of the bilingual properties of a schema, the nested objects' included. */
    private static void texts(JsonNode document, JsonNode schema, String prefix, Set<String> found, int depth) {
        JsonNode resolved = resolve(document, schema);
        if (resolved == null || depth > 5) {
            return;
        }
        resolved.path("properties").properties().forEach(property -> {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            if (TEXTS.equals(reference(property.getValue()))) {
                found.add(path);
            } else {
                texts(document, property.getValue(), path, found, depth + 1);
            }
        });
    }

    /** The schema a schema refers to, directly or as the first of its options (a nullable reference). */
    private static String reference(JsonNode schema) {
        String reference = schema.path("$ref").asText();
        for (JsonNode option : schema.path("anyOf")) {
            if (reference.isEmpty()) {
                reference = option.path("$ref").asText();
            }
        }
        return reference;
    }

    /** The object schema a schema names, through its reference, or itself when it has properties. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String reference = reference(schema);
        if (reference.startsWith("#/components/schemas/")) {
            return document.at(reference.substring(1));
        }
        return schema.has("properties") ? schema : null;
    }
}
