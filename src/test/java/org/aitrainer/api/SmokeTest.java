package org.aitrainer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aitrainer.api.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SmokeTest {

    @Test
    void indexAnswers() {
        given().when().get("/api/v1").then().statusCode(200).body("version", equalTo("v1"));
    }
}
