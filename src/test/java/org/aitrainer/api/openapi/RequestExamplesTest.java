package org.aitrainer.api.openapi;

import static io.restassured.RestAssured.given;
import static org.aitrainer.api.support.PolicyBodies.etag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aitrainer.api.support.Endpoints;
import org.aitrainer.api.support.Endpoints.Operation;
import org.aitrainer.api.support.PostgresResource;
import org.aitrainer.api.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every POST and PUT of the document has a request example, and the service accepts it as it is: what Swagger UI's
 * "Try it out" sends. On a database of its own, since the examples change the data the other tests read.
 */
@QuarkusTest
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "examples"))
class RequestExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyWriteWithABodyHasAnExampleThatTheServiceAccepts() throws IOException {
        JsonNode paths = JSON.readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .get("paths");
        // Updates first, on the records the read examples name, then the creations.
        List<Operation> writes = new ArrayList<>(
                Endpoints.writes().stream().filter(Operation::hasBody).toList());
        writes.sort(Comparator.comparing(operation -> operation.method().equals("PUT") ? 0 : 1));
        assertThat(writes).extracting(Operation::method).containsOnly("POST", "PUT");
        assertThat(writes).hasSize(13);

        String token = Tokens.admin("examples");
        List<String> sent = new ArrayList<>();
        for (Operation operation : writes) {
            JsonNode example = paths.path(operation.template())
                    .path(operation.method().toLowerCase())
                    .at("/requestBody/content/application~1json/example");
            assertThat(example.isObject())
                    .as("the request example of %s", operation)
                    .isTrue();
            String path = operation.path();
            if (operation.method().equals("PUT")) {
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .header("If-Match", etag(path))
                        .body(JSON.writeValueAsString(example))
                        .put(path)
                        .then()
                        .statusCode(200);
            } else {
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(JSON.writeValueAsString(example))
                        .post(path)
                        .then()
                        // a batch answers 200 with the 201 of each creation it carries
                        .statusCode(path.equals("/api/v1/batch") ? 200 : 201);
            }
            sent.add(operation.toString());
        }
        assertThat(sent)
                .contains(
                        "POST /api/v1/policies",
                        "PUT /api/v1/policies/{slug}",
                        "POST /api/v1/policies/{slug}/benefits",
                        "PUT /api/v1/policies/{slug}/benefits/{id}",
                        "POST /api/v1/salary-ranges",
                        "PUT /api/v1/salary-ranges/{id}",
                        "POST /api/v1/regions",
                        "PUT /api/v1/regions/{code}",
                        "POST /api/v1/sources",
                        "PUT /api/v1/sources/{slug}",
                        "POST /api/v1/batch");
    }
}
